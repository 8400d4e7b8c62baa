using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules;

/// <summary>The engine's own importable modules. Nothing else can be imported: there is no
/// file system, no site-packages and no importlib behind import.</summary>
internal static class ModuleRegistry
{
    private static readonly Dictionary<string, Func<PyModule>> Factories = CreateFactories();

    private static Dictionary<string, Func<PyModule>> CreateFactories()
    {
        var factories = new Dictionary<string, Func<PyModule>>(StringComparer.Ordinal);
        foreach (var kv in ModuleCatalog.All()) factories.Add(kv.Key, kv.Value);
        return factories;
    }

    /// <summary>Registers a module factory; each execution imports its own fresh module object.</summary>
    public static void Register(string name, Func<PyModule> factory)
    {
        lock (Factories) Factories[name] = factory;
    }

    /// <summary>A fresh module object, or null for an unknown name (snapshots re-import by name).</summary>
    public static PyModule? Create(string dottedName)
    {
        Func<PyModule>? factory;
        lock (Factories) Factories.TryGetValue(dottedName, out factory);
        return factory?.Invoke();
    }

    public static PyObject Import(string dottedName)
    {
        Func<PyModule>? factory;
        lock (Factories) Factories.TryGetValue(dottedName, out factory);
        if (factory is null)
        {
            // Like CPython, report the first package in a dotted name that cannot be found.
            var dot = dottedName.IndexOf('.');
            if (dot > 0)
            {
                lock (Factories)
                {
                    if (!Factories.ContainsKey(dottedName[..dot])) dottedName = dottedName[..dot];
                }
            }
            var exc = PyErrors.Create(ExceptionTypes.ModuleNotFoundError, $"No module named '{dottedName}'");
            exc.Dict = new Dictionary<string, PyObject> { ["name"] = PyStr.Of(dottedName) };
            throw new PyException(exc);
        }
        var cache = VirtualMachine.Current.ImportedModules;
        if (!cache.TryGetValue(dottedName, out var module))
        {
            module = factory();
            cache[dottedName] = module;
        }
        return module;
    }
}
