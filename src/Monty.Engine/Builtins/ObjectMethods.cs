using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>The methods of object and type that user classes inherit: default construction,
/// comparison, hashing, repr and attribute access, as CPython's object slots behave.</summary>
internal static class ObjectMethods
{
    public static void Register()
    {
        var o = PyTypes.Object;
        TypeSetup.StaticMethod(o, "__new__", ObjectNewMethod);
        TypeSetup.Method(o, "__init__", ObjectInit);
        TypeSetup.Method(o, "__eq__", (a, _) => ReferenceEquals(Self(a, "__eq__"), Other(a)) ? PyBool.True : PySingleton.NotImplemented);
        TypeSetup.Method(o, "__ne__", ObjectNe);
        foreach (var name in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            TypeSetup.Method(o, name, (a, _) =>
            {
                Other(a); // checks the argument count
                return PySingleton.NotImplemented;
            });
        TypeSetup.Method(o, "__hash__", (a, _) => PyInt.Get(Hashing.IdentityHash(Self(a, "__hash__"))));
        TypeSetup.Method(o, "__repr__", (a, _) => PyStr.Of(DefaultRepr(Self(a, "__repr__"))));
        TypeSetup.Method(o, "__str__", (a, _) => new TailCall(BuiltinsTable.Lookup("repr")!, [Self(a, "__str__")]));
        TypeSetup.Method(o, "__format__", ObjectFormat);
        TypeSetup.Method(o, "__getattribute__", GetAttribute);
        TypeSetup.Method(o, "__setattr__", SetAttribute);
        TypeSetup.Method(o, "__delattr__", DelAttribute);
        TypeSetup.Method(o, "__dir__", (a, _) => new PyList([.. DirNames(Self(a, "__dir__"))]));
        o.Dict["__init_subclass__"] = new PyClassMethod(new PyBuiltinFunction("__init_subclass__", InitSubclass));

        var t = PyTypes.Type;
        TypeSetup.StaticMethod(t, "__new__", TypeNewMethod);
        TypeSetup.Method(t, "__init__", (a, _) => PySingleton.None);
        TypeSetup.Method(t, "__call__", TypeCall);
        TypeSetup.Method(t, "mro", (a, _) => new PyList([.. MethodArgs.Self<PyType>(a, t, "mro").Mro]));
        TypeSetup.Method(t, "__subclasses__", (a, _) =>
            new PyList([.. MethodArgs.Self<PyType>(a, t, "__subclasses__").Subclasses ?? []]));
        TypeSetup.Method(t, "__repr__", (a, _) => PyStr.Of(Repr.Of(MethodArgs.Self<PyType>(a, t, "__repr__"))));
        TypeSetup.Method(t, "__instancecheck__", (a, _) => PyBool.Of(a.Length == 2 && a[1].Type.IsSubtypeOf(MethodArgs.Self<PyType>(a, t, "__instancecheck__"))));
        TypeSetup.Method(t, "__subclasscheck__", (a, _) => PyBool.Of(a.Length == 2 && a[1] is PyType s && s.IsSubtypeOf(MethodArgs.Self<PyType>(a, t, "__subclasscheck__"))));
    }

    private static PyObject Self(PyObject[] args, string name) =>
        args.Length > 0 ? args[0] : throw PyErrors.TypeError($"descriptor '{name}' of 'object' object needs an argument");

    private static PyObject? Other(PyObject[] args) =>
        args.Length == 2 ? args[1] : throw PyErrors.TypeError($"expected 1 argument, got {args.Length - 1}");

    public static string DefaultRepr(PyObject o)
    {
        var type = o.Type;
        var module = type.IsBuiltin ? "" : type.ModuleName == "builtins" ? "" : type.ModuleName + ".";
        return $"<{module}{type.QualName} object at {Repr.Address(o)}>";
    }

    /// <summary>object.__new__(cls): a bare instance of a user class (or an exception).</summary>
    public static PyObject NewInstance(PyType cls, PyObject[] args, KeywordArgs? kwargs)
    {
        CheckAbstract(cls);
        var layout = cls.BuiltinBase;
        if (layout == PyTypes.List || layout == PyTypes.Dict || layout == PyTypes.Tuple)
            return ContainerInit.NewSubclassInstance(cls, layout, args, kwargs, runInit: cls.LookupUserSpecial("__init__") is null);
        if (ExceptionTypes.IsExceptionType(cls))
        {
            if (kwargs is { Count: > 0 } && cls.LookupUserSpecial("__init__") is null)
                throw PyErrors.TypeError($"{cls.Name}() takes no keyword arguments");
            return new PyBaseException(cls, args.Length == 0 ? PyTuple.Empty : new PyTuple((PyObject[])args.Clone()));
        }
        if ((args.Length > 0 || kwargs is { Count: > 0 }) && cls.LookupUserSpecial("__init__") is null)
            throw PyErrors.TypeError($"{cls.Name}() takes no arguments");
        Limits.Budget.ChargeObject();
        return new PyInstance(cls);
    }

    private static void CheckAbstract(PyType cls)
    {
        if (cls.Lookup("__abstractmethods__") is not PySet { Count: > 0 } abstracts) return;
        var names = abstracts.Table.Entries().Select(kv => kv.Key is PyStr s ? s.Value : "").Order(StringComparer.Ordinal).ToList();
        var plural = names.Count == 1 ? "method" : "methods";
        throw PyErrors.TypeError($"Can't instantiate abstract class {cls.Name} with abstract {plural} {string.Join(", ", names)}");
    }

    private static PyObject ObjectNewMethod(PyObject[] args, KeywordArgs? kwargs)
    {
        if (args.Length == 0) throw PyErrors.TypeError("object.__new__(): not enough arguments");
        if (args[0] is not PyType cls) throw PyErrors.TypeError($"object.__new__(X): X is not a type object ({args[0].Type.Name})");
        if (cls.IsBuiltin && cls != PyTypes.Object)
        {
            if (cls.Constructor is { } ctor) return ctor(cls, args[1..], kwargs);
            throw PyErrors.TypeError($"object.__new__({cls.Name}) is not safe, use {cls.Name}.__new__()");
        }
        if (cls == PyTypes.Object) return new PyBareObject();
        var excess = args.Length > 1 || kwargs is { Count: > 0 };
        if (excess && cls.LookupUserSpecial("__new__") is not null && !ExceptionTypes.IsExceptionType(cls))
        {
            // A class that overrides __new__ passes its arguments on; object.__new__ ignores them
            // only when __init__ is overridden too, as CPython does.
            if (cls.LookupUserSpecial("__init__") is null)
                throw PyErrors.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            return NewInstance(cls, ExceptionTypes.IsExceptionType(cls) ? args[1..] : [], null);
        }
        return NewInstance(cls, args[1..], kwargs);
    }

    private static PyObject ObjectInit(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "__init__");
        if (args.Length > 1 || kwargs is { Count: > 0 })
        {
            var type = self.Type;
            if (type.LookupUserSpecial("__init__") is not null)
                throw PyErrors.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            if (type.LookupUserSpecial("__new__") is null)
                throw PyErrors.TypeError($"{type.Name}.__init__() takes exactly one argument (the instance to initialize)");
        }
        return PySingleton.None;
    }

    private static PyObject ObjectNe(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "__ne__");
        var other = Other(args)!;
        var eq = self.Type.LookupUserSpecial("__eq__");
        if (eq is null) return ReferenceEquals(self, other) ? PyBool.False : PySingleton.NotImplemented;
        return new TailCall(VirtualMachine.Current.Prelude.Get("__negate_eq"), [eq, self, other]);
    }

    private static PyObject ObjectFormat(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "__format__");
        if (args.Length != 2 || args[1] is not PyStr spec) throw PyErrors.TypeError("__format__() argument must be str");
        if (spec.Value.Length > 0)
            throw PyErrors.TypeError($"unsupported format string passed to {self.Type.Name}.__format__");
        return new TailCall(BuiltinsTable.Lookup("str")!, [self]);
    }

    private static string AttrName(PyObject[] args, int index) =>
        args.Length > index && args[index] is PyStr s ? s.Value
            : throw PyErrors.TypeError($"attribute name must be string, not '{(args.Length > index ? args[index].Type.Name : "nothing")}'");

    private static PyObject GetAttribute(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "__getattribute__");
        var name = AttrName(args, 1);
        if (self.Type.IsBuiltin || self is PyType) return Attributes.Load(self, name);
        return ObjectAttributes.GenericGet(self, self.Type, name) ?? throw Attributes.Missing(self, name);
    }

    private static PyObject SetAttribute(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "__setattr__");
        if (args.Length != 3) throw PyErrors.TypeError($"expected 2 arguments, got {args.Length - 1}");
        var name = AttrName(args, 1);
        if (self.Type.IsBuiltin || self is PyType)
        {
            Attributes.Set(self, name, args[2]);
            return PySingleton.None;
        }
        return (PyObject?)ObjectAttributes.GenericSet(self, self.Type, name, args[2]) ?? PySingleton.None;
    }

    private static PyObject DelAttribute(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = Self(args, "__delattr__");
        var name = AttrName(args, 1);
        if (self.Type.IsBuiltin || self is PyType)
        {
            Attributes.Delete(self, name);
            return PySingleton.None;
        }
        return (PyObject?)ObjectAttributes.GenericDelete(self, self.Type, name) ?? PySingleton.None;
    }

    private static PyObject InitSubclass(PyObject[] args, KeywordArgs? kwargs)
    {
        if (kwargs is { Count: > 0 })
        {
            var name = args.Length > 0 && args[0] is PyType t ? t.Name : "object";
            throw PyErrors.TypeError($"{name}.__init_subclass__() takes no keyword arguments");
        }
        return PySingleton.None;
    }

    /// <summary>type.__call__(cls, *args, **kwargs), reached by super().__call__ in a metaclass:
    /// __new__ then __init__, in the prelude.</summary>
    private static PyObject TypeCall(PyObject[] args, KeywordArgs? kwargs)
    {
        var cls = MethodArgs.Self<PyType>(args, PyTypes.Type, "__call__");
        var kw = new PyDict();
        if (kwargs is not null)
            for (var i = 0; i < kwargs.Count; i++) kw.SetStr(kwargs.Names[i], kwargs.Values[i]);
        return new TailCall(VirtualMachine.Current.Prelude.Get("__construct"), [cls, new PyTuple(args[1..]), kw]);
    }

    /// <summary>type.__new__(mcls, name, bases, namespace): creates a class.</summary>
    private static PyObject TypeNewMethod(PyObject[] args, KeywordArgs? kwargs)
    {
        if (args.Length == 2 && args[0] == PyTypes.Type) return args[1].Type;
        if (args.Length != 4) throw PyErrors.TypeError("type.__new__() takes exactly 3 arguments (" + (args.Length - 1) + " given)");
        if (args[0] is not PyType meta || !meta.IsSubtypeOf(PyTypes.Type))
            throw PyErrors.TypeError("type.__new__(X): X is not a type object");
        if (args[1] is not PyStr name) throw PyErrors.TypeError($"type.__new__() argument 1 must be str, not {args[1].Type.Name}");
        if (args[2] is not PyTuple bases) throw PyErrors.TypeError($"type.__new__() argument 2 must be tuple, not {args[2].Type.Name}");
        if (args[3] is not PyDict ns) throw PyErrors.TypeError($"type.__new__() argument 3 must be dict, not {args[3].Type.Name}");
        return ClassBuilder.Create(meta == PyTypes.Type ? null : meta, name.Value, bases.Items, ns);
    }

    /// <summary>Attribute names for dir(): the instance's, then its class's along the MRO.</summary>
    public static IEnumerable<PyObject> DirNames(PyObject o)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (o is PyInstance { Dict: { } d })
            foreach (var kv in d.Table.Entries()) if (kv.Key is PyStr s) names.Add(s.Value);
        var type = o as PyType ?? o.Type;
        foreach (var t in type.Mro) names.UnionWith(t.Dict.Keys);
        if (o is not PyType) names.Add("__class__");
        return names.Select(PyStr.Of);
    }
}
