using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Building and printing generic aliases and type unions.</summary>
internal static class TypeAnnotations
{
    public static PyObject Alias(PyType origin, PyObject key) =>
        new PyGenericAlias(origin, key is PyTuple t ? t.Items : [key]);

    /// <summary>a | b when both are types (or None, or unions); null when the operands are not.</summary>
    public static PyObject? Union(PyObject a, PyObject b)
    {
        if (!IsUnionMember(a) || !IsUnionMember(b)) return null;
        var members = new List<PyObject>();
        void Add(PyObject o)
        {
            if (o is PyUnionType u)
            {
                foreach (var m in u.Args) Add(m);
                return;
            }
            var member = ReferenceEquals(o, PySingleton.None) ? PyTypes.NoneType : o;
            if (!members.Any(m => ReferenceEquals(m, member) || m is PyGenericAlias && Equality.Eq(m, member))) members.Add(member);
        }
        Add(a);
        Add(b);
        return members.Count == 1 ? members[0] : new PyUnionType([.. members]);
    }

    private static bool IsUnionMember(PyObject o) => o is PyType or PyGenericAlias or PyUnionType || ReferenceEquals(o, PySingleton.None);

    public static string Repr(PyObject o) => o switch
    {
        PyGenericAlias g => $"{g.Origin.Name}[{(g.Args.Length == 0 ? "()" : string.Join(", ", g.Args.Select(Repr)))}]",
        PyUnionType u => string.Join(" | ", u.Args.Select(Repr)),
        PyType t when ReferenceEquals(t, PyTypes.NoneType) => "None",
        PyType { IsBuiltin: true } t => t.Name,
        PyType t => $"{t.ModuleName}.{t.QualName}",
        PySingleton s when ReferenceEquals(s, PySingleton.Ellipsis) => "...",
        _ => Runtime.Repr.Of(o),
    };
}
