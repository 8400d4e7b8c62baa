using Monty.Engine.Objects;

namespace Monty.Engine.Modules.Functools;

/// <summary>The native parts functools.py is seeded with: the partial type and CacheInfo records.</summary>
internal static class FunctoolsNatives
{
    private static readonly string[] CacheInfoFields = ["hits", "misses", "maxsize", "currsize"];

    public static IEnumerable<KeyValuePair<string, PyObject>> All() =>
    [
        new("partial", PyPartial.PartialType),
        new("_cache_info", new PyBuiltinFunction("_cache_info", (args, _) =>
            new PyStructSeq(PyStructSeq.CacheInfoType, "CacheInfo", CacheInfoFields, (PyObject[])args.Clone()))),
    ];
}
