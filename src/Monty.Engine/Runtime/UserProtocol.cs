using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Runtime;

/// <summary>Native operations on objects whose type is a user class: they run the prelude's
/// object protocol (Prelude/objects.py) as a nested call. The VM's opcodes do not come here;
/// they run the same prelude functions as ordinary frames.</summary>
internal static class UserProtocol
{
    /// <summary>True for values whose behaviour Python code may define (instances of user classes,
    /// and classes with a user metaclass).</summary>
    public static bool IsUser(PyObject o) => !o.Type.IsBuiltin;

    /// <summary>Whether an operation on o must go through Python: always for plain user objects;
    /// for subclasses of list, dict and tuple only when the class overrides the special method.</summary>
    public static bool Dispatches(PyObject o, string special) =>
        !o.Type.IsBuiltin && (o is not ISubclassInstance || o.Type.LookupUserSpecial(special) is not null);

    private static readonly string[][] BinaryNames = [.. new[]
    {
        "add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "or", "xor", "and",
    }.Select(n => new[] { $"__{n}__", $"__r{n}__", $"__i{n}__" })];

    /// <summary>Whether a binary operator involving a or b must run Python (see <see cref="Dispatches(PyObject, string)"/>).</summary>
    public static bool DispatchesBinary(BinaryOp op, PyObject a, PyObject b)
    {
        if (a.Type.IsBuiltin && b.Type.IsBuiltin) return false;
        var names = BinaryNames[(int)op];
        return DispatchesAny(a, names[0], names[1], names[2]) || DispatchesAny(b, names[0], names[1], null);
    }

    private static readonly string[][] CompareNames =
    [
        ["__eq__"], ["__ne__", "__eq__"], ["__lt__", "__gt__"], ["__le__", "__ge__"], ["__gt__", "__lt__"], ["__ge__", "__le__"],
    ];

    /// <summary>Whether a rich comparison of a and b must run Python.</summary>
    public static bool DispatchesCompare(CompareOp op, PyObject a, PyObject b)
    {
        if (a.Type.IsBuiltin && b.Type.IsBuiltin) return false;
        var names = CompareNames[(int)op];
        var reflected = names.Length > 1 ? names[1] : null;
        return DispatchesAny(a, names[0], reflected, null) || DispatchesAny(b, names[0], reflected, null);
    }

    private static bool DispatchesAny(PyObject o, string a, string? b, string? c) =>
        !o.Type.IsBuiltin && (o is not ISubclassInstance
            || o.Type.LookupUserSpecial(a) is not null
            || b is not null && o.Type.LookupUserSpecial(b) is not null
            || c is not null && o.Type.LookupUserSpecial(c) is not null);

    public static bool AnyUser(IReadOnlyList<PyObject> items)
    {
        for (var i = 0; i < items.Count; i++)
            if (!items[i].Type.IsBuiltin) return true;
        return false;
    }

    private static PyObject Call(string helper, params PyObject[] args)
    {
        var vm = VirtualMachine.Current;
        return vm.CallNested(vm.Prelude.Get(helper), args);
    }

    public static bool Truthy(PyObject o) => ReferenceEquals(Call("__truth", o), PyBool.True);

    public static long Len(PyObject o) => Numbers.ToIndex(Call("__len", o));

    public static bool Contains(PyObject container, PyObject item) => ReferenceEquals(Call("__contains", container, item), PyBool.True);

    public static PyObject Compare(PyObject a, PyObject b, CompareOp op) => Call("__compare", a, b, PyInt.Get((int)op));

    public static bool CompareTruth(PyObject a, PyObject b, CompareOp op)
    {
        var result = Compare(a, b, op);
        if (result is PyBool r) return ReferenceEquals(r, PyBool.True);
        return IsUser(result) ? Truthy(result) : Ops.Truthy(result);
    }

    public static PyObject Binary(BinaryOp op, PyObject a, PyObject b, bool inPlace) =>
        Call("__binop", a, b, PyInt.Get((int)op), PyBool.Of(inPlace));

    public static PyObject Unary(UnaryOp op, PyObject o) => Call("__unary", o, PyInt.Get((int)op));

    public static PyObject GetItem(PyObject o, PyObject key) => Call("__getitem", o, key);

    public static void SetItem(PyObject o, PyObject key, PyObject value) => Call("__setitem", o, key, value);

    public static void DelItem(PyObject o, PyObject key) => Call("__delitem", o, key);

    public static string Repr(PyObject o) => ((PyStr)Call("__repr", o)).Value;

    public static string Str(PyObject o) => ((PyStr)Call("__str", o)).Value;

    public static string Format(PyObject o, string spec) => ((PyStr)Call("__format", o, PyStr.Of(spec))).Value;

    /// <summary>A special method defined by Python code, called with the object first; null when absent.</summary>
    public static PyObject? CallSpecial(PyObject o, string name, params PyObject[] args)
    {
        var method = o.Type.LookupUserSpecial(name);
        return method is null ? null : VirtualMachine.Current.CallNested(method, [o, .. args]);
    }

    /// <summary>operator.index(o) for user objects (__index__ must return an int).</summary>
    public static PyObject? Index(PyObject o)
    {
        var result = CallSpecial(o, "__index__");
        if (result is null) return null;
        return result is PyInt or PyBigInt ? result
            : throw PyErrors.TypeError($"__index__ returned non-int (type {result.Type.Name})");
    }
}
