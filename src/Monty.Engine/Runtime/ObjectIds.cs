using System.Runtime.CompilerServices;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>id(): a stable, unique number per live object, handed out on first request.
/// Numbers never reveal host memory addresses.</summary>
internal static class ObjectIds
{
    private static readonly ConditionalWeakTable<PyObject, object> Ids = new();
    private static long _next = 0x10000;

    public static long Of(PyObject o) =>
        (long)Ids.GetValue(o, static _ => Interlocked.Add(ref _next, 16));
}
