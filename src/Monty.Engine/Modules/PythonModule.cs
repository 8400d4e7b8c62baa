using System.Collections.Concurrent;
using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules;

/// <summary>Engine modules written in Python: <c>Modules/&lt;Name&gt;/&lt;name&gt;.py</c>, embedded,
/// compiled once per process. Each import runs the module body in a private VM (bodies only
/// define things, so they cannot suspend) and exposes the resulting namespace. Their functions
/// then run as ordinary frames of the importing execution, where host calls can suspend them.</summary>
internal static class PythonModule
{
    private static readonly ConcurrentDictionary<string, Lazy<CodeObject>> Codes = new(StringComparer.Ordinal);

    /// <summary>A factory for the module whose source is the embedded file <paramref name="fileName"/>.</summary>
    /// <remarks><c>natives</c> are helpers bound in the module's namespace before its body runs
    /// (they become module attributes, which snapshots can name).</remarks>
    public static Func<PyModule> Factory(string moduleName, string fileName, Func<IEnumerable<KeyValuePair<string, PyObject>>>? natives = null) =>
        () => Create(moduleName, fileName, natives);

    public static PyModule Create(string moduleName, string fileName, Func<IEnumerable<KeyValuePair<string, PyObject>>>? natives = null)
    {
        var code = Codes.GetOrAdd(fileName, f => new Lazy<CodeObject>(() => Compile(moduleName, f))).Value;
        var ns = new ModuleNamespace(moduleName);
        ns.Set("__name__", PyStr.Of(moduleName));
        if (natives is not null)
            foreach (var kv in natives()) ns.Set(kv.Key, kv.Value);
        var vm = new VirtualMachine(new Limits.ResourceTracker(ResourceLimits.Unlimited), NullOutput.Instance);
        if (vm.Start(new Frame(code, ns, ns.SlotsFor(code), null)) != VmState.Completed)
            throw new InvalidOperationException($"The engine module {moduleName} failed to initialise: {vm.Error}");
        NameClassesLikeCTypes(moduleName, ns);
        var module = new PyModule(moduleName) { Namespace = ns };
        foreach (var kv in ns.Bindings()) module.Dict[kv.Key] = kv.Value;
        return module;
    }

    /// <summary>A module lists in <c>__c_types__</c> the classes that CPython implements in C, so
    /// that messages name them as CPython does ('decimal.Decimal').</summary>
    private static void NameClassesLikeCTypes(string moduleName, ModuleNamespace ns)
    {
        if (ns.Get("__c_types__") is not PyTuple names) return;
        foreach (var item in names.Items)
            if (item is PyStr name && ns.Get(name.Value) is PyType type && !type.IsBuiltin) type.NameLikeCType(moduleName);
    }

    private static CodeObject Compile(string moduleName, string fileName)
    {
        var assembly = typeof(PythonModule).Assembly;
        using var stream = assembly.GetManifestResourceStream("module/" + fileName)
            ?? throw new InvalidOperationException($"Embedded module source {fileName} is missing.");
        using var reader = new StreamReader(stream);
        return Compiler.CompileModule(reader.ReadToEnd(), $"<{moduleName}>", CompileOptions.Prelude);
    }
}
