using System.Text;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules;

/// <summary>Named-field tuples of engine modules (sys.version_info, functools' CacheInfo,
/// datetime.IsoCalendarDate): a tuple subclass, so indexing, unpacking, len, comparison, hashing
/// and equality with plain tuples are the tuple's own, plus read-only fields and a named repr.
/// Each type is registered with the snapshot registry by its module-qualified name.</summary>
internal static class StructSequence
{
    /// <summary>Not "builtin" so that its own __repr__ and properties are used over the tuple's.</summary>
    /// <remarks><paramref name="namedTuple"/>: CPython makes this one with namedtuple, which gives it _fields.</remarks>
    public static PyType CreateType(string module, string name, string reprName, string[] fields, bool namedTuple = false)
    {
        var type = new PyType(name, PyTypes.Tuple, isBuiltin: false, isBaseType: false)
        {
            Module = module, QualName = name, ModuleName = module, InstancesHaveDict = false,
        };
        type.Dict["__repr__"] = new PyBuiltinFunction("__repr__", (a, k) =>
        {
            var items = Self(type, a, fields.Length, "__repr__").Items;
            var sb = new StringBuilder(reprName).Append('(');
            for (var i = 0; i < fields.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(fields[i]).Append('=').Append(Repr.Of(items[i]));
            }
            return PyStr.Of(sb.Append(')').ToString());
        }, type.Name);
        if (namedTuple) type.Dict["_fields"] = new PyTuple([.. fields.Select(f => (PyObject)PyStr.Of(f))]);
        for (var i = 0; i < fields.Length; i++)
        {
            var index = i;
            var field = fields[i];
            var getter = new PyBuiltinFunction(field, (a, k) => Self(type, a, fields.Length, field).Items[index], type.Name);
            type.Dict[field] = new PyProperty(getter, null, null, null) { Name = field };
        }
        return type;
    }

    public static PyTupleInstance Make(PyType type, PyObject[] values) => new(type, values);

    private static PyTuple Self(PyType type, PyObject[] a, int count, string name) =>
        a.Length > 0 && a[0] is PyTuple t && t.Count == count && ReferenceEquals(t.Type, type)
            ? t
            : throw PyErrors.TypeError($"descriptor '{name}' for '{type.Module}.{type.Name}' objects doesn't apply to a '{(a.Length > 0 ? a[0].Type.Name : "NoneType")}' object");
}
