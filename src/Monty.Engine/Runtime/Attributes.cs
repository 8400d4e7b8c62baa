using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Attribute access (obj.name) on builtin values: methods bind to their receiver,
/// a few data attributes are computed. Nothing reaches .NET: only names defined here exist.</summary>
internal static class Attributes
{
    public static PyObject Get(PyObject o, string name) =>
        TryGet(o, name) ?? throw Missing(o, name);

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
        if (o is INativeAttributes native && native.GetAttribute(name) is { } value) return value;
        switch (o)
        {
            case PyModule m:
                return m.Dict.GetValueOrDefault(name);
            case PyType t:
                return TypeAttribute(t, name);
            case PyFunction f:
                return FunctionAttribute(f, name);
            case PyBaseException e:
                {
                    var special = ExceptionAttribute(e, name);
                    if (special is not null) return special;
                    break;
                }
        }
        if (name == "__class__") return o.Type;
        var attr = o.Type.Lookup(name);
        if (attr is null) return SpecialAttribute(o, name);
        return attr switch
        {
            PyBuiltinFunction { OwnerType: not null } or PyFunction => new PyBoundMethod(o, attr),
            _ => attr,
        };
    }

    private static PyObject? TypeAttribute(PyType t, string name)
    {
        switch (name)
        {
            case "__name__":
            case "__qualname__":
                return PyStr.Of(t.Name);
            case "__mro__":
                return new PyTuple([.. t.Mro]);
            case "__bases__":
                return new PyTuple([.. t.Bases]);
            case "__base__":
                return (PyObject?)t.Base ?? PySingleton.None;
            case "__module__":
                return PyStr.Of(t.ModuleName ?? (t.IsBuiltin ? "builtins" : "__main__"));
        }
        return t.Lookup(name);
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
        PyBuiltinFunction b when name is "__name__" or "__qualname__" => PyStr.Of(b.Name),
        PyGenerator g when name == "__name__" => PyStr.Of(g.Name),
        PyGenerator g when name == "__qualname__" => PyStr.Of(g.QualName),
        _ => null,
    };

    public static void Set(PyObject o, string name, PyObject value)
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
            case PyType t:
                throw PyErrors.TypeError($"cannot set '{name}' attribute of immutable type '{t.Name}'");
        }
        if (o.Type.Lookup(name) is not null)
            throw PyErrors.AttributeError($"'{o.Type.Name}' object attribute '{name}' is read-only");
        throw PyErrors.AttributeError($"'{o.Type.Name}' object has no attribute '{name}'");
    }

    public static void Delete(PyObject o, string name)
    {
        if (o is PyFunction f && f.Dict is not null && f.Dict.Remove(name)) return;
        if (o is PyBaseException e && e.Dict is not null && e.Dict.Remove(name)) return;
        throw PyErrors.AttributeError($"'{o.Type.Name}' object has no attribute '{name}'");
    }
}
