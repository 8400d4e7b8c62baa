using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Explicit dunder methods on builtin types ((1).__add__(2), x.__eq__(y), len via
/// __len__...). They route to the same operations the VM uses; binary ones return
/// NotImplemented when the operand types do not fit, as CPython's slots do.</summary>
internal static class DunderMethods
{
    private static readonly (string Name, BinaryOp Op, bool Reflected)[] BinaryDunders =
    [
        ("__add__", BinaryOp.Add, false), ("__sub__", BinaryOp.Sub, false), ("__mul__", BinaryOp.Mult, false),
        ("__truediv__", BinaryOp.Div, false), ("__floordiv__", BinaryOp.FloorDiv, false), ("__mod__", BinaryOp.Mod, false),
        ("__pow__", BinaryOp.Pow, false), ("__lshift__", BinaryOp.LShift, false), ("__rshift__", BinaryOp.RShift, false),
        ("__and__", BinaryOp.BitAnd, false), ("__or__", BinaryOp.BitOr, false), ("__xor__", BinaryOp.BitXor, false),
        ("__radd__", BinaryOp.Add, true), ("__rsub__", BinaryOp.Sub, true), ("__rmul__", BinaryOp.Mult, true),
        ("__rtruediv__", BinaryOp.Div, true), ("__rfloordiv__", BinaryOp.FloorDiv, true), ("__rmod__", BinaryOp.Mod, true),
        ("__rpow__", BinaryOp.Pow, true), ("__rand__", BinaryOp.BitAnd, true), ("__ror__", BinaryOp.BitOr, true),
        ("__rxor__", BinaryOp.BitXor, true),
    ];

    public static void Register()
    {
        PyType[] numeric = [PyTypes.Int, PyTypes.Float];
        PyType[] all = [PyTypes.Int, PyTypes.Float, PyTypes.Str, PyTypes.Bytes, PyTypes.List, PyTypes.Tuple, PyTypes.Dict, PyTypes.Set, PyTypes.FrozenSet];
        foreach (var type in numeric)
        {
            foreach (var (name, op, reflected) in BinaryDunders)
                TypeSetup.Method(type, name, (args, _) => Binary(type, op, reflected, args));
        }
        foreach (var type in all)
        {
            if (type != PyTypes.Int && type != PyTypes.Float)
            {
                TypeSetup.Method(type, "__add__", (args, _) => Binary(type, BinaryOp.Add, false, args));
                TypeSetup.Method(type, "__mul__", (args, _) => Binary(type, BinaryOp.Mult, false, args));
            }
            TypeSetup.Method(type, "__eq__", (args, _) => Compare(type, args, () => PyBool.Of(Equality.BuiltinEq(args[0], args[1]))));
            TypeSetup.Method(type, "__ne__", (args, _) => Compare(type, args, () => PyBool.Of(!Equality.BuiltinEq(args[0], args[1]))));
            TypeSetup.Method(type, "__lt__", (args, _) => Order(type, args, Comparison.Op.Lt));
            TypeSetup.Method(type, "__le__", (args, _) => Order(type, args, Comparison.Op.Le));
            TypeSetup.Method(type, "__gt__", (args, _) => Order(type, args, Comparison.Op.Gt));
            TypeSetup.Method(type, "__ge__", (args, _) => Order(type, args, Comparison.Op.Ge));
            TypeSetup.Method(type, "__repr__", (args, _) => PyStr.Of(Repr.OfBuiltin(Self(type, args, "__repr__"))));
            TypeSetup.Method(type, "__str__", (args, _) => PyStr.Of(Repr.Str(Self(type, args, "__str__"))));
            TypeSetup.Method(type, "__hash__", (args, _) => PyInt.Get(Hashing.Hash(Self(type, args, "__hash__"))));
            if (type != PyTypes.Int && type != PyTypes.Float)
            {
                TypeSetup.Method(type, "__len__", (args, _) => PyInt.Get(Ops.Len(Self(type, args, "__len__"))));
                TypeSetup.Method(type, "__contains__", (args, _) => PyBool.Of(Ops.Contains(Self(type, args, "__contains__"), Arg(args))));
                TypeSetup.Method(type, "__iter__", (args, _) => Iteration.GetIter(Self(type, args, "__iter__")));
            }
            if (type == PyTypes.Str || type == PyTypes.Bytes || type == PyTypes.List || type == PyTypes.Tuple)
                TypeSetup.Method(type, "__getitem__", (args, _) => Runtime.Subscript.Get(Self(type, args, "__getitem__"), Arg(args)));
        }
        TypeSetup.Method(PyTypes.Dict, "__getitem__", DictGetItem);
        // What super().__setitem__(k, v) in a list or dict subclass reaches: the container's own storage.
        foreach (var type in new[] { PyTypes.List, PyTypes.Dict })
        {
            TypeSetup.Method(type, "__setitem__", (args, _) =>
            {
                var self = Self(type, args, "__setitem__");
                MethodArgs.Positional("__setitem__", args, 2, 2);
                Runtime.Subscript.Set(self, args[1], args[2]);
                return PySingleton.None;
            });
            TypeSetup.Method(type, "__delitem__", (args, _) =>
            {
                Runtime.Subscript.Delete(Self(type, args, "__delitem__"), Arg(args));
                return PySingleton.None;
            });
        }
        foreach (var type in numeric)
        {
            TypeSetup.Method(type, "__neg__", (args, _) => Ops.Unary(UnaryOp.USub, Self(type, args, "__neg__")));
            TypeSetup.Method(type, "__pos__", (args, _) => Ops.Unary(UnaryOp.UAdd, Self(type, args, "__pos__")));
            TypeSetup.Method(type, "__abs__", (args, _) => BuiltinsTable.Call("abs", Self(type, args, "__abs__")));
            TypeSetup.Method(type, "__bool__", (args, _) => PyBool.Of(Ops.Truthy(Self(type, args, "__bool__"))));
        }
    }

    /// <summary>dict.__getitem__, which calls a subclass's __missing__ for absent keys (as a tail
    /// call, so a defaultdict factory may call the host).</summary>
    private static PyObject DictGetItem(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MethodArgs.Self<PyDict>(args, PyTypes.Dict, "__getitem__");
        var key = Arg(args);
        if (self.Table.Get(key) is { } value) return value;
        if (self is ISubclassInstance && self.Type.LookupUserSpecial("__missing__") is { } missing)
            return new TailCall(missing, [self, key]);
        throw PyErrors.KeyError(key);
    }

    private static PyObject Self(PyType type, PyObject[] args, string name) => MethodArgs.Self<PyObject>(args, type, name);

    private static PyObject Arg(PyObject[] args) =>
        args.Length == 2 ? args[1] : throw PyErrors.TypeError($"expected 1 argument, got {args.Length - 1}");

    private static bool Fits(PyType type, PyObject other) =>
        type == PyTypes.Int || type == PyTypes.Float
            ? other is PyInt or PyBigInt or PyFloat && (type == PyTypes.Float || other is not PyFloat)
            : other.Type.IsSubtypeOf(type) || other is PyInt or PyBigInt;

    private static PyObject Binary(PyType type, BinaryOp op, bool reflected, PyObject[] args)
    {
        var self = Self(type, args, "operator");
        var other = Arg(args);
        if (!Fits(type, other)) return PySingleton.NotImplemented;
        try
        {
            return reflected ? Arithmetic.Binary(op, other, self) : Arithmetic.Binary(op, self, other);
        }
        catch (PyException e) when (e.Value.ExceptionType == ExceptionTypes.TypeError)
        {
            return PySingleton.NotImplemented;
        }
    }

    private static PyObject Compare(PyType type, PyObject[] args, Func<PyObject> result)
    {
        var self = Self(type, args, "__eq__");
        var other = Arg(args);
        var comparable = self is PyInt or PyBigInt or PyFloat
            ? other is PyInt or PyBigInt or PyFloat
            : self is PySet ? other is PySet : other.Type.IsSubtypeOf(type);
        return comparable ? result() : PySingleton.NotImplemented;
    }

    private static PyObject Order(PyType type, PyObject[] args, Comparison.Op op)
    {
        var self = Self(type, args, "comparison");
        var other = Arg(args);
        // A user object decides for itself (through its reflected method), as in CPython.
        if (other is PyInstance) return PySingleton.NotImplemented;
        try
        {
            return PyBool.Of(Comparison.BuiltinCompare(self, other, op));
        }
        catch (PyException e) when (e.Value.ExceptionType == ExceptionTypes.TypeError)
        {
            return PySingleton.NotImplemented;
        }
    }
}
