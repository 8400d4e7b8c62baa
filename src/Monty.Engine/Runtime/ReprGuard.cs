using System.Runtime.CompilerServices;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Tracks containers whose repr is in progress on this thread, to print self-references as [...].</summary>
internal static class ReprGuard
{
    [ThreadStatic] private static HashSet<PyObject>? _active;

    public static bool Enter(PyObject o) => (_active ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance)).Add(o);

    public static void Exit(PyObject o) => _active?.Remove(o);
}
