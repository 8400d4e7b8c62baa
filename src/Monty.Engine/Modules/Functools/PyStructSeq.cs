using System.Text;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Functools;

/// <summary>A read-only record with named fields that prints like CPython's named tuples and
/// struct sequences (CacheInfo(hits=1, ...), sys.version_info(major=3, ...)); fields by name
/// or index. Unpacking and iteration go through <c>tuple(x)</c>-free indexing only.</summary>
internal sealed class PyStructSeq(PyType type, string reprName, string[] fields, PyObject[] values)
    : PyObject, INativeAttributes, INativeRepr, INativeSubscript, ISnapshotState
{
    public string SnapshotKind => "structseq";

    // Flat state [type name, repr name, field names..., values...] (tuples fill in after construction).
    public PyObject[] SnapshotState() =>
        [PyStr.Of(type.Name), PyStr.Of(reprName), .. fields.Select(f => (PyObject)PyStr.Of(f)), .. Values];

    public static PyStructSeq? Rebuild(PyObject[] s)
    {
        var typeName = ((PyStr)s[0]).Value;
        var type = typeName == CacheInfoType.Name ? CacheInfoType : typeName == VersionInfoType.Name ? VersionInfoType : null;
        if (type is null || s.Length % 2 != 0) return null;
        var n = (s.Length - 2) / 2;
        return new PyStructSeq(type, ((PyStr)s[1]).Value, [.. s[2..(2 + n)].Select(f => ((PyStr)f).Value)], s[(2 + n)..]);
    }

    public static readonly PyType CacheInfoType = new("CacheInfo", PyTypes.Object, isBaseType: false) { Module = "functools" };
    public static readonly PyType VersionInfoType = new("version_info", PyTypes.Object, isBaseType: false) { Module = "sys" };

    public override PyType Type => type;

    public PyObject[] Values { get; } = values;

    public PyObject? GetAttribute(string name)
    {
        var i = Array.IndexOf(fields, name);
        return i >= 0 ? Values[i] : null;
    }

    public PyObject GetItem(PyObject key) => Subscript.Get(new PyTuple(Values), key);

    public string Repr()
    {
        var sb = new StringBuilder(reprName).Append('(');
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(fields[i]).Append('=').Append(Runtime.Repr.Of(Values[i]));
        }
        return sb.Append(')').ToString();
    }
}
