using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Attribute access (obj.name) on builtin values: methods bind to their receiver,
/// a few data attributes are computed. Nothing reaches .NET: only names defined here exist.</summary>
internal static class Attributes
{
    /// <summary>obj.name for natives: any Python a descriptor needs runs as a nested call.</summary>
    public static PyObject Get(PyObject o, string name) =>
        TryGet(o, name) ?? throw Missing(o, name);

    /// <summary>obj.name for the VM: the value, or a <see cref="TailCall"/> to run as a frame.</summary>
    public static PyObject Load(PyObject o, string name) =>
        TryLoad(o, name) ?? throw Missing(o, name);

    public static PyException Missing(PyObject o, string name)
    {
        return o switch
        {
            PyModule m => PyErrors.AttributeError($"module '{m.Name}' has no attribute '{name}'"),
            PyType t => PyErrors.AttributeError($"type object '{t.Name}' has no attribute '{name}'"),
            _ => PyErrors.AttributeError($"'{o.Type.Name}' object has no attribute '{name}'"),
        };
    }

    public static PyObject? TryGet(PyObject o, string name)
    {
        var value = TryLoad(o, name);
        return value is TailCall call ? VirtualMachine.Current.CallNested(call) : value;
    }

    /// <summary>Like <see cref="TryGet"/>, but Python that a lookup needs comes back as a TailCall.</summary>
    public static PyObject? TryLoad(PyObject o, string name)
    {
        switch (o)
        {
            case PyModule m:
                return m.Dict.GetValueOrDefault(name);
            case PyType t:
                return TypeAttribute(t, name);
            case PyFunction f:
                return FunctionAttribute(f, name);
            case PySuper s:
                return SuperAttribute(s, name);
            case PyBaseException e:
                {
                    var special = ExceptionAttribute(e, name);
                    if (special is not null) return special;
                    if (!e.ExceptionType.IsBuiltin) return ObjectAttributes.GetInstance(o, e.ExceptionType, name);
                    break;
                }
            case PyInstance i:
                return ObjectAttributes.GetInstance(o, i.Class, name);
            case ISubclassInstance sub:
                return ObjectAttributes.GetInstance(o, sub.Class, name);
        }
        // Engine-module objects (re.Match, partial...) answer their own data attributes; checked
        // after the common kinds so ordinary attribute loads skip the interface test.
        if (o is INativeAttributes native && native.GetAttribute(name) is { } value) return value;
        if (name == "__class__") return o.Type;
        var attr = o.Type.Lookup(name);
        if (attr is null) return SpecialAttribute(o, name);
        return attr switch
        {
            PyBuiltinFunction { OwnerType: not null } or PyFunction => new PyBoundMethod(o, attr),
            PyClassMethod or PyStaticMethod or PyProperty => ObjectAttributes.Bind(attr, o, o.Type),
            _ => attr,
        };
    }

    private static PyObject? SuperAttribute(PySuper s, string name)
    {
        var mro = s.SelfType.Mro;
        var start = Array.IndexOf(mro, s.ThisType) + 1;
        for (var i = start; i < mro.Length; i++)
        {
            if (!mro[i].Dict.TryGetValue(name, out var attr)) continue;
            if (ReferenceEquals(s.Self, s.SelfType) || s.Self is PyType && !ReferenceEquals(s.Self.Type, s.SelfType))
            {
                // super() in a classmethod (or super(C, C)): functions stay unbound, classmethods bind to the class.
                return attr switch
                {
                    PyClassMethod cm => new PyBoundMethod(s.Self, cm.Function),
                    PyStaticMethod sm => sm.Function,
                    _ => attr,
                };
            }
            return ObjectAttributes.Bind(attr, s.Self, s.SelfType);
        }
        return name == "__class__" ? DescriptorTypes.Super : null;
    }

    private static PyObject? TypeAttribute(PyType t, string name)
    {
        switch (name)
        {
            case "__name__":
                // C types name themselves "module.name" (datetime.datetime); __name__ is the last part.
                return PyStr.Of(t.IsBuiltin ? t.Name[(t.Name.LastIndexOf('.') + 1)..] : t.BareName ?? t.Name);
            case "__qualname__":
                return PyStr.Of(t.IsBuiltin ? t.Name[(t.Name.LastIndexOf('.') + 1)..] : t.QualName);
            case "__mro__":
                return new PyTuple([.. t.Mro]);
            case "__bases__":
                return new PyTuple([.. t.Bases]);
            case "__base__":
                return (PyObject?)t.Base ?? PySingleton.None;
            case "__module__":
                return PyStr.Of(!t.IsBuiltin ? t.ModuleName : t.Module ?? (t.Name.Contains('.') ? t.Name[..t.Name.LastIndexOf('.')] : "builtins"));
            case "__dict__":
                {
                    var d = new PyDict();
                    foreach (var kv in t.Dict) d.SetStr(kv.Key, kv.Value);
                    return d;
                }
            case "__class__":
                return t.Type;
        }
        if (!t.IsBuiltin || t.Metaclass is not null) return ObjectAttributes.GetClassAttribute(t, name);
        // Then the metaclass (type): int.mro(), object.__subclasses__().
        return t.Lookup(name) ?? (PyTypes.Type.Lookup(name) is PyBuiltinFunction { OwnerType: "type" } m ? new PyBoundMethod(t, m) : null);
    }

    private static PyObject? FunctionAttribute(PyFunction f, string name)
    {
        if (f.Dict is not null && f.Dict.TryGetValue(name, out var v)) return v;
        return name switch
        {
            "__name__" => PyStr.Of(f.Name),
            "__qualname__" => PyStr.Of(f.QualName),
            "__module__" => PyStr.Of("__main__"),
            "__doc__" => f.Code.Constants.Length > 0 && f.Code.Constants[0] is PyStr doc && f.Code.HasDocstring ? doc : PySingleton.None,
            "__defaults__" => f.Defaults.Length == 0 ? PySingleton.None : new PyTuple(f.Defaults),
            "__kwdefaults__" => (PyObject?)f.KwDefaults ?? PySingleton.None,
            "__dict__" => DictOf(f),
            "__class__" => PyTypes.Function,
            _ => null,
        };
    }

    private static PyDict DictOf(PyFunction f)
    {
        var d = new PyDict();
        if (f.Dict is not null)
            foreach (var kv in f.Dict) d.SetStr(kv.Key, kv.Value);
        return d;
    }

    private static PyObject? ExceptionAttribute(PyBaseException e, string name)
    {
        if (e.Dict is not null && e.Dict.TryGetValue(name, out var v)) return v;
        return name switch
        {
            "args" => e.Args,
            "__cause__" => (PyObject?)e.Cause ?? PySingleton.None,
            "__context__" => (PyObject?)e.Context ?? PySingleton.None,
            "__suppress_context__" => PyBool.Of(e.SuppressContext),
            "__traceback__" => PySingleton.None,
            "value" when e.ExceptionType.IsSubtypeOf(ExceptionTypes.StopIteration) =>
                e.Args.Count > 0 ? e.Args.Items[0] : PySingleton.None,
            "msg" when e.ExceptionType.IsSubtypeOf(ExceptionTypes.SyntaxError) =>
                e.Args.Count > 0 ? e.Args.Items[0] : PySingleton.None,
            _ => null,
        };
    }

    private static PyObject? SpecialAttribute(PyObject o, string name) => o switch
    {
        PyNativeValue n => n.Attribute(name),
        PyInt i when name is "real" or "numerator" => PyInt.Get(i.Value),
        PyInt when name == "imag" => PyInt.Get(0),
        PyInt when name == "denominator" => PyInt.Get(1),
        PyBigInt when name is "real" or "numerator" => o,
        PyBigInt when name == "imag" => PyInt.Get(0),
        PyBigInt when name == "denominator" => PyInt.Get(1),
        PyFloat when name == "real" => o,
        PyFloat when name == "imag" => PyFloat.Zero,
        PySlice s when name == "start" => s.Start,
        PySlice s when name == "stop" => s.Stop,
        PySlice s when name == "step" => s.Step,
        PyRange r when name == "start" => PyInt.Get(r.Start),
        PyRange r when name == "stop" => PyInt.Get(r.Stop),
        PyRange r when name == "step" => PyInt.Get(r.Step),
        PyBoundMethod m when name == "__self__" => m.Self,
        PyBoundMethod m when name == "__func__" => m.Function,
        PyBoundMethod m when name is "__name__" or "__qualname__" or "__doc__" or "__module__" => TryGet(m.Function, name),
        PyProperty p when name == "__doc__" => p.Doc ?? (p.Getter is { } g ? TryGet(g, "__doc__") : PySingleton.None),
        PyBuiltinFunction b when name is "__name__" or "__qualname__" => PyStr.Of(b.Name),
        PyGenerator g when name == "__name__" => PyStr.Of(g.Name),
        PyGenerator g when name == "__qualname__" => PyStr.Of(g.QualName),
        _ => null,
    };

    /// <summary>obj.name = value for natives (setters and __setattr__ run as nested calls).</summary>
    public static void Set(PyObject o, string name, PyObject value)
    {
        if (Store(o, name, value) is { } call) VirtualMachine.Current.CallNested(call);
    }

    /// <summary>obj.name = value for the VM: a TailCall when Python must run to do it.</summary>
    public static TailCall? Store(PyObject o, string name, PyObject value)
    {
        if (!o.Type.IsBuiltin && o is not PyType) return ObjectAttributes.SetInstance(o, o.Type, name, value);
        SetBuiltin(o, name, value);
        return null;
    }

    private static void SetBuiltin(PyObject o, string name, PyObject value)
    {
        switch (o)
        {
            case PyFunction f:
                switch (name)
                {
                    case "__name__":
                        f.Name = value is PyStr s ? s.Value : throw PyErrors.TypeError("__name__ must be set to a string object");
                        return;
                    case "__qualname__":
                        f.QualName = value is PyStr q ? q.Value : throw PyErrors.TypeError("__qualname__ must be set to a string object");
                        return;
                    case "__defaults__":
                        f.Defaults = value is PyTuple t ? t.Items : value is PySingleton { Name: "None" } ? [] :
                            throw PyErrors.TypeError("__defaults__ must be set to a tuple object");
                        return;
                }
                (f.Dict ??= new Dictionary<string, PyObject>(StringComparer.Ordinal))[name] = value;
                return;
            case PyBaseException e:
                switch (name)
                {
                    case "__cause__":
                        e.Cause = value as PyBaseException;
                        e.SuppressContext = true;
                        return;
                    case "__context__":
                        e.Context = value as PyBaseException;
                        return;
                    case "args":
                        e.Args = new PyTuple([.. Iteration.ToList(value)]);
                        return;
                }
                (e.Dict ??= new Dictionary<string, PyObject>(StringComparer.Ordinal))[name] = value;
                return;
            case PyType { IsBuiltin: false } cls:
                if (value is PyProperty p && p.Name is null) p.Name = name;
                // The class's own name facts are read from the type, not its dict (namedtuple sets __module__).
                if (name == "__module__" && value is PyStr module) cls.ModuleName = module.Value;
                else if (name == "__qualname__") cls.QualName = value is PyStr q ? q.Value : throw PyErrors.TypeError($"can only assign string to {cls.Name}.__qualname__, not '{value.Type.Name}'");
                cls.Dict[name] = value;
                return;
            case PyType t:
                throw PyErrors.TypeError($"cannot set '{name}' attribute of immutable type '{t.Name}'");
        }
        if (o.Type.Lookup(name) is not null)
            throw PyErrors.AttributeError($"'{o.Type.Name}' object attribute '{name}' is read-only");
        throw PyErrors.AttributeError($"'{o.Type.Name}' object has no attribute '{name}'");
    }

    /// <summary>del obj.name for natives.</summary>
    public static void Delete(PyObject o, string name)
    {
        if (Remove(o, name) is { } call) VirtualMachine.Current.CallNested(call);
    }

    /// <summary>del obj.name for the VM: a TailCall when Python must run to do it.</summary>
    public static TailCall? Remove(PyObject o, string name)
    {
        if (!o.Type.IsBuiltin && o is not PyType) return ObjectAttributes.DeleteInstance(o, o.Type, name);
        if (o is PyType { IsBuiltin: false } cls)
        {
            if (!cls.Dict.Remove(name)) throw PyErrors.AttributeError($"type object '{cls.Name}' has no attribute '{name}'");
            return null;
        }
        DeleteBuiltin(o, name);
        return null;
    }

    private static void DeleteBuiltin(PyObject o, string name)
    {
        if (o is PyFunction f && f.Dict is not null && f.Dict.Remove(name)) return;
        if (o is PyBaseException e && e.Dict is not null && e.Dict.Remove(name)) return;
        throw PyErrors.AttributeError($"'{o.Type.Name}' object has no attribute '{name}'");
    }
}
