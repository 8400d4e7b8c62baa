using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots.Codecs;

// Objects the engine owns rather than the script: stored as names and resolved on load against
// this process's builtins, module registry and prelude, never copied.

internal sealed class BuiltinFunctionCodec : NodeCodec<PyBuiltinFunction>
{
    protected override void Construction(PyBuiltinFunction node, RecordSink sink)
    {
        BuiltinRegistry.TryGetFunctionKey(node, out var key);
        sink.String(key.Owner);
        sink.String(key.Name);
    }

    protected override PyBuiltinFunction Construct(GraphReader reader)
    {
        var owner = reader.Input.String("builtin owner");
        var name = reader.Input.String("builtin name");
        return BuiltinRegistry.FindFunction(owner, name)
            ?? throw reader.Error($"unknown builtin function '{(owner.Length == 0 ? name : owner + "." + name)}'");
    }
}

internal sealed class PreludeNativeCodec : NodeCodec<PyBuiltinFunction>
{
    protected override void Construction(PyBuiltinFunction node, RecordSink sink) => sink.String(node.Name);

    protected override PyBuiltinFunction Construct(GraphReader reader)
    {
        var name = reader.Input.String("prelude native name");
        return BuiltinRegistry.CreatePreludeNative(name) ?? throw reader.Error($"unknown prelude native '{name}'");
    }
}

internal sealed class TypeCodec : NodeCodec<PyType>
{
    protected override void Construction(PyType node, RecordSink sink) => sink.String(node.QualifiedName);

    protected override PyType Construct(GraphReader reader)
    {
        var name = reader.Input.String("type name");
        return BuiltinRegistry.FindType(name) ?? throw reader.Error($"unknown builtin type '{name}'");
    }
}

/// <summary>Modules are re-imported by name; one object per name, as an execution caches them.</summary>
internal sealed class ModuleCodec : NodeCodec<PyModule>
{
    protected override void Construction(PyModule node, RecordSink sink) => sink.String(node.Name);

    protected override PyModule Construct(GraphReader reader)
    {
        var name = reader.Input.String("module name");
        return reader.Context.Module(name) ?? throw reader.Error($"unknown module '{name}'");
    }

    /// <summary>Modules with per-execution state keep it under this name: random's hidden
    /// generator, whose module-level functions are bound methods of it, or the state object of a
    /// module written in Python (decimal's current context), which its functions read as a global.
    /// Whether a module has state is decided by the module itself, identically when writing and
    /// reading.</summary>
    private const string StateKey = "_inst";

    protected override void Contents(PyModule node, RecordSink sink)
    {
        if (node.Dict.TryGetValue(StateKey, out var state)) sink.Ref(state);
    }

    protected override void Fill(PyModule node, GraphReader reader)
    {
        if (!node.Dict.TryGetValue(StateKey, out var fresh)) return;
        var saved = reader.Ref<PyObject>("module state");
        if (saved.Type != fresh.Type) throw reader.Error($"module '{node.Name}' state has the wrong type");
        foreach (var key in node.Dict.Keys.ToList())
            if (node.Dict[key] is PyBoundMethod m && ReferenceEquals(m.Self, fresh)) node.Dict[key] = new PyBoundMethod(saved, m.Function);
        node.Dict[StateKey] = saved;
        node.Namespace?.Set(StateKey, saved);
    }
}

/// <summary>A builtin function or type found in a module's namespace.</summary>
internal sealed class ModuleAttributeCodec : NodeCodec<PyObject>
{
    protected override void Construction(PyObject node, RecordSink sink)
    {
        var (module, name) = sink.Context.ModuleAttribute(node);
        sink.String(module);
        sink.String(name);
    }

    protected override PyObject Construct(GraphReader reader)
    {
        var moduleName = reader.Input.String("module name");
        var name = reader.Input.String("module attribute");
        var module = reader.Context.Module(moduleName) ?? throw reader.Error($"unknown module '{moduleName}'");
        return module.Dict.GetValueOrDefault(name) is { } value and (PyBuiltinFunction or PyType)
            ? value
            : throw reader.Error($"module '{moduleName}' has no builtin '{name}'");
    }
}

/// <summary>A prelude's namespace: recreated by running the prelude, never copied.</summary>
internal sealed class PreludeNamespaceCodec : NodeCodec<ModuleNamespace>
{
    protected override void Construction(ModuleNamespace node, RecordSink sink) { }

    protected override ModuleNamespace Construct(GraphReader reader) => reader.Context.PreludeNamespace();
}

/// <summary>A function the prelude defines, by name within a prelude namespace.</summary>
internal sealed class PreludeGlobalCodec : NodeCodec<PyFunction>
{
    protected override void Construction(PyFunction node, RecordSink sink)
    {
        sink.Ref(node.Globals);
        sink.String(sink.Context.PreludeName(node.Globals, node)!);
    }

    protected override PyFunction Construct(GraphReader reader)
    {
        var ns = reader.Ref<ModuleNamespace>("prelude namespace");
        var name = reader.Input.String("prelude function name");
        if (!ns.IsPrelude) throw reader.Error("prelude function refers to a namespace that is not a prelude's");
        return ns.Get(name) as PyFunction ?? throw reader.Error($"the prelude defines no function '{name}'");
    }
}

/// <summary>Prelude code by its path of constant indices (see PreludeCodeIndex).</summary>
internal sealed class PreludeCodeCodec : NodeCodec<CodeObject>
{
    protected override void Construction(CodeObject node, RecordSink sink)
    {
        PreludeCodeIndex.TryGetPath(node, out var path);
        sink.Int(path.Length);
        foreach (var index in path) sink.Int(index);
    }

    protected override CodeObject Construct(GraphReader reader)
    {
        if (!reader.Context.PreludeMatches)
            throw reader.Error("the snapshot refers to prelude code of a different engine build");
        var length = reader.Input.Count("prelude code path length");
        var path = new int[length];
        for (var i = 0; i < length; i++) path[i] = reader.Input.Int("prelude code path index");
        return PreludeCodeIndex.Resolve(path) ?? throw reader.Error("prelude code path leads nowhere");
    }
}
