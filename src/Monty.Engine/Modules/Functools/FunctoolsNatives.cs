using Monty.Engine.Objects;

namespace Monty.Engine.Modules.Functools;

/// <summary>The native parts functools.py is seeded with: the partial type and CacheInfo records.</summary>
internal static class FunctoolsNatives
{
    public static readonly PyType CacheInfoType =
        StructSequence.CreateType("functools", "CacheInfo", "CacheInfo", ["hits", "misses", "maxsize", "currsize"], namedTuple: true);

    public static IEnumerable<KeyValuePair<string, PyObject>> All() =>
    [
        new("partial", PyPartial.PartialType),
        new("_cache_info", new PyBuiltinFunction("_cache_info", (args, _) =>
            StructSequence.Make(CacheInfoType, (PyObject[])args.Clone()))),
    ];
}
