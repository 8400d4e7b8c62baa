using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Datetime;

/// <summary>datetime.IsoCalendarDate, what isocalendar() returns: a tuple subclass (so indexing,
/// unpacking, hashing and equality with plain tuples are the tuple's own) with read-only year, week
/// and day and a named repr. It is a registered type, so snapshots name it.</summary>
internal static class IsoCalendarDate
{
    private static readonly string[] Fields = ["year", "week", "weekday"];

    /// <summary>Not "builtin" so that its own __repr__ is used over the tuple's.</summary>
    public static readonly PyType Type = CreateType();

    public static PyTupleInstance Make(long year, long week, long day) =>
        new(Type, [PyInt.Get(year), PyInt.Get(week), PyInt.Get(day)]);

    private static PyType CreateType()
    {
        var type = new PyType("IsoCalendarDate", PyTypes.Tuple, isBuiltin: false, isBaseType: false)
        {
            Module = "datetime", QualName = "IsoCalendarDate", ModuleName = "datetime", InstancesHaveDict = false,
        };
        type.Dict["__repr__"] = new PyBuiltinFunction("__repr__", (a, k) =>
        {
            var items = Self(a, "__repr__").Items;
            return PyStr.Of($"datetime.IsoCalendarDate(year={Repr.Of(items[0])}, week={Repr.Of(items[1])}, weekday={Repr.Of(items[2])})");
        }, type.Name);
        for (var i = 0; i < Fields.Length; i++)
        {
            var index = i;
            var getter = new PyBuiltinFunction(Fields[i], (a, k) => Self(a, Fields[index]).Items[index], type.Name);
            type.Dict[Fields[i]] = new PyProperty(getter, null, null, null) { Name = Fields[i] };
        }
        return type;
    }

    private static PyTuple Self(PyObject[] a, string name) =>
        a.Length > 0 && a[0] is PyTuple { Count: 3 } t && ReferenceEquals(t.Type, Type)
            ? t
            : throw PyErrors.TypeError($"descriptor '{name}' for 'datetime.IsoCalendarDate' objects doesn't apply to a '{(a.Length > 0 ? a[0].Type.Name : "NoneType")}' object");
}
