using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Calling builtin types: int(), str(), list(), dict()... Each constructor receives
/// the type being called (a subclass, once user classes exist), the positionals and keywords.</summary>
internal static partial class TypeConstructors
{
    public static void Register()
    {
        PyTypes.Int.Constructor = IntNew;
        PyTypes.Float.Constructor = FloatNew;
        PyTypes.Bool.Constructor = BoolNew;
        PyTypes.Str.Constructor = StrNew;
        PyTypes.Bytes.Constructor = BytesNew;
        PyTypes.List.Constructor = ListNew;
        PyTypes.Tuple.Constructor = TupleNew;
        PyTypes.Dict.Constructor = DictNew;
        PyTypes.Set.Constructor = (_, a, k) => SetNew("set", false, a, k);
        PyTypes.FrozenSet.Constructor = (_, a, k) => SetNew("frozenset", true, a, k);
        PyTypes.Range.Constructor = RangeNew;
        PyTypes.Slice.Constructor = SliceNew;
        PyTypes.Type.Constructor = TypeNew;
        PyTypes.Object.Constructor = ObjectNew;
    }

    private static PyObject BoolNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("bool", kwargs);
        MethodArgs.PositionalNoSelf("bool", args, 0, 1);
        return PyBool.Of(args.Length == 1 && Ops.Truthy(args[0]));
    }

    private static PyObject ListNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("list", kwargs);
        MethodArgs.PositionalNoSelf("list", args, 0, 1);
        return args.Length == 0 ? new PyList() : new PyList(Iteration.ToList(args[0]));
    }

    private static PyObject TupleNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("tuple", kwargs);
        MethodArgs.PositionalNoSelf("tuple", args, 0, 1);
        if (args.Length == 0) return PyTuple.Empty;
        // Tuples are immutable: tuple(t) is t itself, as in CPython; a subclass instance
        // (datetime.IsoCalendarDate, class T(tuple)) becomes a plain tuple.
        if (args[0] is PyTuple t) return ReferenceEquals(t.Type, PyTypes.Tuple) ? t : PyTuple.Of([.. t.Items]);
        return PyTuple.Of([.. Iteration.ToList(args[0])]);
    }

    private static PyObject DictNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        MethodArgs.PositionalNoSelf("dict", args, 0, 1);
        var result = new PyDict();
        if (args.Length == 1) DictMethods.UpdateFrom(result, args[0]);
        if (kwargs is not null) DictMethods.UpdateFromKeywords(result, kwargs);
        return result;
    }

    private static PyObject SetNew(string name, bool frozen, PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords(name, kwargs);
        MethodArgs.PositionalNoSelf(name, args, 0, 1);
        if (args.Length == 0) return new PySet(frozen);
        var source = args[0];
        if (frozen && source is PySet { Frozen: true } same) return same;
        if (source is PySet or PyDict)
        {
            var table = source is PySet s ? s.Table : ((PyDict)source).Table;
            Budget.ChargeContainer(table.Count * 3L);
            var result = new PySet(frozen);
            foreach (var kv in table.Entries()) result.Add(kv.Key);
            return result;
        }
        var items = Iteration.AsReadOnlyList(source);
        Budget.ChargeContainer(items.Count * 3L);
        var set = new PySet(frozen);
        for (var i = 0; i < items.Count; i++) set.Add(items[i]);
        return set;
    }

    private static PyObject RangeNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("range", kwargs);
        MethodArgs.PositionalNoSelf("range", args, 1, 3);
        if (args.Length == 1) return new PyRange(0, RangeBound(args[0]), 1);
        var start = RangeBound(args[0]);
        var stop = RangeBound(args[1]);
        var step = args.Length == 3 ? RangeBound(args[2]) : 1;
        if (step == 0) throw PyErrors.ValueError("range() arg 3 must not be zero");
        return new PyRange(start, stop, step);
    }

    private static long RangeBound(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        if (o is PyBigInt) throw PyErrors.OverflowError("range() arguments beyond 64-bit integers are not supported");
        throw PyErrors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    private static PyObject SliceNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("slice", kwargs);
        MethodArgs.PositionalNoSelf("slice", args, 1, 3);
        var none = PySingleton.None;
        return args.Length switch
        {
            1 => new PySlice(none, args[0], none),
            2 => new PySlice(args[0], args[1], none),
            _ => new PySlice(args[0], args[1], args[2]),
        };
    }

    private static PyObject TypeNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        if (args.Length == 1 && kwargs is not { Count: > 0 }) return args[0].Type;
        if (args.Length == 3)
        {
            if (args[0] is not PyStr) throw PyErrors.TypeError($"type.__new__() argument 1 must be str, not {args[0].Type.Name}");
            if (args[1] is not PyTuple) throw PyErrors.TypeError($"type.__new__() argument 2 must be tuple, not {args[1].Type.Name}");
            if (args[2] is not PyDict) throw PyErrors.TypeError($"type.__new__() argument 3 must be dict, not {args[2].Type.Name}");
            // Built like a class statement (metaclass, __set_name__, __init_subclass__), in the prelude.
            return new TailCall(Runtime.VirtualMachine.Current.Prelude.Get("__type_new"), [args[0], args[1], args[2]]);
        }
        throw PyErrors.TypeError("type() takes 1 or 3 arguments");
    }

    private static PyObject ObjectNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        if (args.Length > 0 || kwargs is { Count: > 0 }) throw PyErrors.TypeError("object() takes no arguments");
        return new PyBareObject();
    }
}

/// <summary>An instance made by object(): no state, identity only (sentinels).</summary>
internal sealed class PyBareObject : PyObject
{
    public override PyType Type => PyTypes.Object;
}
