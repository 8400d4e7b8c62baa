using System.Reflection;
using Monty.Engine.Compilation;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Builtins written in Python (Prelude/*.py, compiled once per process). They exist so
/// that builtins which call back into Python (sorted with a key, map, filter, materialising a
/// generator) run as ordinary frames on the VM's stack, where host calls can suspend them.
/// Each execution gets its own function objects over a private namespace.</summary>
internal sealed class Prelude
{
    private static readonly Lazy<CodeObject> Code = new(CompilePrelude);
    private readonly ModuleNamespace _namespace = new("__prelude__") { IsPrelude = true };
    private readonly Dictionary<string, PyFunction> _functions = new(StringComparer.Ordinal);

    public Prelude()
    {
        _namespace.Set("__sort_by_keys", new PyBuiltinFunction("__sort_by_keys", Builtins.ListMethods.SortByKeys));
        foreach (var native in Modules.Asyncio.AsyncioLoop.Natives) _namespace.Set(native.Key, new PyBuiltinFunction(native.Key, native.Value));
        Builtins.ClassSupport.RegisterPreludeNatives(_namespace);
        _namespace.Set("__json_encode", new PyBuiltinFunction("__json_encode", Modules.Json.JsonModule.EncodeNative));
        // The prelude only defines functions, so running it is quick and cannot suspend.
        var vm = new VirtualMachine(new Limits.ResourceTracker(ResourceLimits.Unlimited), NullOutput.Instance);
        var code = Code.Value;
        if (vm.Start(new Frame(code, _namespace, _namespace.SlotsFor(code), null)) != VmState.Completed)
            throw new InvalidOperationException("The prelude failed to run: " + vm.Error);
        foreach (var kv in _namespace.Bindings())
            if (kv.Value is PyFunction f) _functions[kv.Key] = f;
    }

    public static CodeObject ModuleCode => Code.Value;

    /// <summary>This prelude's private namespace (snapshots refer to it instead of copying it).</summary>
    public ModuleNamespace Namespace => _namespace;

    public PyFunction Materialise => Get("__materialise");

    public PyFunction Get(string name) =>
        _functions.TryGetValue(name, out var f) ? f : throw new InvalidOperationException($"Prelude function {name} is missing.");

    private static CodeObject CompilePrelude()
    {
        var assembly = typeof(Prelude).Assembly;
        var source = new System.Text.StringBuilder();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith("prelude/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            source.AppendLine(reader.ReadToEnd());
        }
        return Compiler.CompileModule(source.ToString(), "<prelude>", CompileOptions.Prelude);
    }
}
