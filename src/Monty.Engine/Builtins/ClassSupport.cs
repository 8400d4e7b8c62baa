using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Builtins behind class statements and descriptors (__build_class__, super, property,
/// classmethod, staticmethod) and the natives the prelude's object protocol calls.</summary>
internal static class ClassSupport
{
    public static void Register(Dictionary<string, PyObject> table)
    {
        BuiltinsTable.Add(table, "__build_class__", BuildClass);
        BuiltinsTable.Add(table, "vars", Vars);
        BuiltinsTable.Add(table, "dir", Dir);
        table["super"] = DescriptorTypes.Super;
        table["property"] = DescriptorTypes.Property;
        table["classmethod"] = DescriptorTypes.ClassMethod;
        table["staticmethod"] = DescriptorTypes.StaticMethod;
        DescriptorTypes.Super.Constructor = SuperNew;
        DescriptorTypes.Property.Constructor = PropertyNew;
        DescriptorTypes.ClassMethod.Constructor = (_, a, k) => new PyClassMethod(One("classmethod", a, k));
        DescriptorTypes.StaticMethod.Constructor = (_, a, k) => new PyStaticMethod(One("staticmethod", a, k));
        var p = DescriptorTypes.Property;
        TypeSetup.Method(p, "getter", (a, _) => CopyProperty(a, "getter", 0));
        TypeSetup.Method(p, "setter", (a, _) => CopyProperty(a, "setter", 1));
        TypeSetup.Method(p, "deleter", (a, _) => CopyProperty(a, "deleter", 2));
        TypeSetup.Method(p, "__get__", PropertyGet);
        TypeSetup.Method(p, "__set__", (a, _) => new TailCall(Prop(a, "__set__").Setter ?? throw PyErrors.AttributeError("can't set attribute"), [a[1], a[2]]));
    }

    /// <summary>Natives the prelude's object protocol (Prelude/objects.py) relies on.</summary>
    public static void RegisterPreludeNatives(ModuleNamespace ns)
    {
        void Add(string name, NativeFunction fn) => ns.Set(name, new PyBuiltinFunction(name, fn));
        Add("__special", (a, _) => Special(a[0].Type, ((PyStr)a[1]).Value));
        Add("__special_of_type", (a, _) => Special((PyType)a[0], ((PyStr)a[1]).Value));
        Add("__binop_error", (a, _) => Arithmetic.Unsupported((BinaryOp)((PyInt)a[2]).Value, a[0], a[1], Ops.Truthy(a[3])).Value);
        Add("__compare_error", (a, _) => Comparison.NotSupported(a[0], a[1], (Comparison.Op)(((PyInt)a[2]).Value - 2)).Value);
        Add("__unary_error", (a, _) => Ops.BadOperand(((PyInt)a[1]).Value switch { 0 => "~", 2 => "+", _ => "-" }, a[0]).Value);
        Add("__index_value", (a, _) => a[0] is PyInt or PyBigInt ? a[0] : throw PyErrors.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer"));
        Add("__hash_value", HashValue);
        Add("__is_native_iterator", (a, _) => PyBool.Of(a[0] is PyIterator or PyGenerator));
        Add("__pick_metaclass", (a, _) => PickMetaclass(((PyTuple)a[0]).Items));
        Add("__module_of", (a, _) => PyStr.Of(a[0] is PyFunction f ? f.Globals.Name : "__main__"));
        Add("__run_class_body", (a, _) => new ClassBodyRequest((PyFunction)a[0], (PyDict)a[1]));
        Add("__new_class", (a, _) => ClassBuilder.Create(null, ((PyStr)a[0]).Value, ((PyTuple)a[1]).Items, (PyDict)a[2]));
    }

    /// <summary>A special method as found on the type (unbound), or None.</summary>
    private static PyObject Special(PyType type, string name)
    {
        var attr = type.Lookup(name);
        return attr switch
        {
            null => PySingleton.None,
            PyStaticMethod sm => sm.Function,
            _ => attr,
        };
    }

    private static PyObject HashValue(PyObject[] a, KeywordArgs? _)
    {
        return a[0] switch
        {
            // In-range results are used as they are (-1 is reserved), as CPython's slot_tp_hash does.
            PyInt i => PyInt.Get(i.Value == -1 ? -2 : i.Value),
            PyBigInt b => PyInt.Get(Hashing.HashBig(b.Value)),
            _ => throw PyErrors.TypeError("__hash__ method should return an integer"),
        };
    }

    private static PyObject PickMetaclass(PyObject[] bases)
    {
        var winner = PyTypes.Type;
        foreach (var b in bases)
        {
            var meta = b.Type;
            if (meta.IsSubtypeOf(winner)) winner = meta;
            else if (!winner.IsSubtypeOf(meta))
                throw PyErrors.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private static PyObject Vars(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("vars", kwargs);
        if (args.Length == 0) throw PyErrors.Unsupported("vars() without an argument");
        if (args.Length > 1) throw PyErrors.TypeError($"vars expected at most 1 argument, got {args.Length}");
        return args[0] switch
        {
            PyInstance { Dict: { } d } => d,
            ISubclassInstance sub when sub.Class.InstancesHaveDict => sub.Attributes,
            PyType or PyModule or PyFunction => Attributes.Get(args[0], "__dict__"),
            _ => throw PyErrors.TypeError("vars() argument must have __dict__ attribute"),
        };
    }

    private static PyObject Dir(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("dir", kwargs);
        if (args.Length == 0) throw PyErrors.Unsupported("dir() without an argument");
        if (args.Length > 1) throw PyErrors.TypeError($"dir expected at most 1 argument, got {args.Length}");
        if (args[0] is PyModule m) return new PyList([.. m.Dict.Keys.Order(StringComparer.Ordinal).Select(k => (PyObject)PyStr.Of(k))]);
        return new PyList([.. ObjectMethods.DirNames(args[0])]);
    }

    private static PyObject One(string name, PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords(name, kwargs);
        if (args.Length != 1) throw PyErrors.TypeError($"{name} expected 1 argument, got {args.Length}");
        return args[0];
    }

    /// <summary>__build_class__(body, name, *bases, metaclass=None, **kwds): runs the class body
    /// and creates the class, through the prelude so the body runs as an ordinary frame.</summary>
    private static PyObject BuildClass(PyObject[] args, KeywordArgs? kwargs)
    {
        if (args.Length < 2 || args[0] is not PyFunction body || args[1] is not PyStr name)
            throw PyErrors.TypeError("__build_class__: not enough arguments");
        PyObject meta = PySingleton.None;
        var kwds = new PyDict();
        if (kwargs is not null)
        {
            for (var i = 0; i < kwargs.Count; i++)
            {
                if (kwargs.Names[i] == "metaclass") meta = kwargs.Values[i];
                else kwds.SetStr(kwargs.Names[i], kwargs.Values[i]);
            }
        }
        if (meta is not PySingleton && meta is not PyType)
            throw PyErrors.Unsupported("a metaclass that is not a class");
        return new TailCall(VirtualMachine.Current.Prelude.Get("__build_class"), [body, name, new PyTuple(args[2..]), meta, kwds]);
    }

    private static PyObject SuperNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("super", kwargs);
        if (args.Length == 0) throw PyErrors.RuntimeError("super(): no arguments");
        if (args[0] is not PyType thisType) throw PyErrors.TypeError($"super() argument 1 must be a type, not {args[0].Type.Name}");
        if (args.Length == 1) throw PyErrors.Unsupported("unbound super objects (super with one argument)");
        var self = args[1];
        if (self is PyType selfType && selfType.IsSubtypeOf(thisType)) return new PySuper(thisType, self, selfType);
        if (self.Type.IsSubtypeOf(thisType)) return new PySuper(thisType, self, self.Type);
        throw PyErrors.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }

    private static readonly string[] PropertyParams = ["fget", "fset", "fdel", "doc"];

    private static PyObject PropertyNew(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var values = new PyObject?[4];
        if (args.Length > 4) throw PyErrors.TypeError($"property() takes at most 4 arguments ({args.Length} given)");
        args.CopyTo(values, 0);
        if (kwargs is not null)
        {
            for (var i = 0; i < kwargs.Count; i++)
            {
                var index = Array.IndexOf(PropertyParams, kwargs.Names[i]);
                if (index < 0) throw PyErrors.TypeError($"property() got an unexpected keyword argument '{kwargs.Names[i]}'");
                values[index] = kwargs.Values[i];
            }
        }
        static PyObject? Opt(PyObject? o) => o is null || ReferenceEquals(o, PySingleton.None) ? null : o;
        return new PyProperty(Opt(values[0]), Opt(values[1]), Opt(values[2]), Opt(values[3]));
    }

    private static PyProperty Prop(PyObject[] args, string name) => MethodArgs.Self<PyProperty>(args, DescriptorTypes.Property, name);

    private static PyObject CopyProperty(PyObject[] args, string name, int which)
    {
        var p = Prop(args, name);
        if (args.Length != 2) throw PyErrors.TypeError($"property.{name}() takes exactly one argument ({args.Length - 1} given)");
        var f = args[1];
        return new PyProperty(which == 0 ? f : p.Getter, which == 1 ? f : p.Setter, which == 2 ? f : p.Deleter, p.Doc) { Name = p.Name };
    }

    private static PyObject PropertyGet(PyObject[] args, KeywordArgs? kwargs)
    {
        var p = Prop(args, "__get__");
        if (args.Length < 2 || ReferenceEquals(args[1], PySingleton.None)) return p;
        return new TailCall(p.Getter ?? throw PyErrors.AttributeError("unreadable attribute"), [args[1]]);
    }
}

/// <summary>Asks the VM to run a class body with its namespace dict as locals.</summary>
internal sealed class ClassBodyRequest(PyFunction body, PyDict ns) : PyObject
{
    public PyFunction Body { get; } = body;

    public PyDict Namespace { get; } = ns;

    public override PyType Type => PyTypes.Object;
}
