using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>repr, ascii, format, hash, id, isinstance, issubclass, callable, getattr, hasattr, setattr, delattr.</summary>
internal static class ObjectFunctions
{
    public static void Register(Dictionary<string, PyObject> table)
    {
        BuiltinsTable.Add(table, "repr", (a, k) => One("repr", a, k, o => PyStr.Of(Repr.Of(o))));
        BuiltinsTable.Add(table, "ascii", (a, k) => One("ascii", a, k, o => PyStr.Of(Repr.Ascii(o))));
        BuiltinsTable.Add(table, "hash", (a, k) => One("hash", a, k, o => PyInt.Get(Hashing.Hash(o))));
        BuiltinsTable.Add(table, "id", (a, k) => One("id", a, k, o => PyInt.Get(ObjectIds.Of(o))));
        BuiltinsTable.Add(table, "callable", (a, k) => One("callable", a, k, o => PyBool.Of(IsCallable(o))));
        BuiltinsTable.Add(table, "format", Format);
        BuiltinsTable.Add(table, "isinstance", IsInstance);
        BuiltinsTable.Add(table, "issubclass", IsSubclass);
        BuiltinsTable.Add(table, "getattr", GetAttr);
        BuiltinsTable.Add(table, "hasattr", HasAttr);
        BuiltinsTable.Add(table, "setattr", SetAttr);
        BuiltinsTable.Add(table, "delattr", DelAttr);
    }

    private static PyObject One(string name, PyObject[] args, KeywordArgs? kwargs, Func<PyObject, PyObject> body)
    {
        NativeArgs.NoKeywords(name, kwargs);
        NativeArgs.Count(name, args, 1, 1);
        return body(args[0]);
    }

    public static bool IsCallable(PyObject o) =>
        o is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType or PyHostFunction or PyStaticMethod or INativeCallable || o.Type.Lookup("__call__") is not null;

    private static PyObject Format(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("format", kwargs);
        NativeArgs.Count("format", args, 1, 2);
        var spec = args.Length == 2
            ? args[1] is PyStr s ? s.Value : throw PyErrors.TypeError($"format() argument 2 must be str, not {args[1].Type.Name}")
            : string.Empty;
        if (args[0].Type.LookupUserSpecial("__format__") is not null)
            return new TailCall(VirtualMachine.Current.Prelude.Get("__format"), [args[0], PyStr.Of(spec)]);
        return PyStr.Of(StringFormatting.Format(args[0], spec));
    }

    private static PyObject IsInstance(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("isinstance", kwargs);
        NativeArgs.Count("isinstance", args, 2, 2);
        return PyBool.Of(Matches(args[0].Type, args[1], "isinstance() arg 2 must be a type, a tuple of types, or a union", 0));
    }

    private static PyObject IsSubclass(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("issubclass", kwargs);
        NativeArgs.Count("issubclass", args, 2, 2);
        if (args[0] is not PyType t) throw PyErrors.TypeError("issubclass() arg 1 must be a class");
        return PyBool.Of(Matches(t, args[1], "issubclass() arg 2 must be a class, a tuple of classes, or a union", 0));
    }

    private static bool Matches(PyType type, PyObject spec, string error, int depth)
    {
        switch (spec)
        {
            case PyType t:
                return type.IsSubtypeOf(t);
            case PyTuple tuple:
                Depth.Enter(ref depth, "in __instancecheck__");
                foreach (var item in tuple.Items)
                    if (Matches(type, item, error, depth)) return true;
                return false;
            case PyUnionType union:
                foreach (var item in union.Args)
                    if (Matches(type, item, error, depth)) return true;
                return false;
            default:
                throw PyErrors.TypeError(error);
        }
    }

    private static string AttrName(PyObject o, string fn) =>
        o is PyStr s ? s.Value : throw PyErrors.TypeError($"attribute name must be string, not '{o.Type.Name}'");

    private static PyObject GetAttr(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("getattr", kwargs);
        NativeArgs.Count("getattr", args, 2, 3);
        var name = AttrName(args[1], "getattr");
        var value = Attributes.TryLoad(args[0], name);
        // A user hook (__getattr__, a property...) runs as a frame; the default then needs a try in Python.
        if (value is TailCall call)
            return args.Length == 3 ? new TailCall(VirtualMachine.Current.Prelude.Get("__getattr_default"), [args[0], args[1], args[2]]) : call;
        if (value is not null) return value;
        if (args.Length == 3) return args[2];
        throw Attributes.Missing(args[0], name);
    }

    private static PyObject HasAttr(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("hasattr", kwargs);
        NativeArgs.Count("hasattr", args, 2, 2);
        var value = Attributes.TryLoad(args[0], AttrName(args[1], "hasattr"));
        if (value is TailCall) return new TailCall(VirtualMachine.Current.Prelude.Get("__hasattr"), [args[0], args[1]]);
        return PyBool.Of(value is not null);
    }

    private static PyObject SetAttr(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("setattr", kwargs);
        NativeArgs.Count("setattr", args, 3, 3);
        Attributes.Set(args[0], AttrName(args[1], "setattr"), args[2]);
        return PySingleton.None;
    }

    private static PyObject DelAttr(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("delattr", kwargs);
        NativeArgs.Count("delattr", args, 2, 2);
        Attributes.Delete(args[0], AttrName(args[1], "delattr"));
        return PySingleton.None;
    }
}
