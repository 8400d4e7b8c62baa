using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>__new__ and __init__ of list, dict and tuple, which user subclasses inherit:
/// <c>super().__init__(items)</c> in a dict subclass, <c>tuple.__new__(cls, values)</c> in a namedtuple.</summary>
internal static class ContainerInit
{
    public static void Register()
    {
        TypeSetup.Method(PyTypes.List, "__init__", (a, k) =>
        {
            var self = MethodArgs.Self<PyList>(a, PyTypes.List, "__init__");
            NativeArgs.NoKeywords("list", k);
            FillList(self, a[1..]);
            return PySingleton.None;
        });
        TypeSetup.Method(PyTypes.Dict, "__init__", (a, k) =>
        {
            var self = MethodArgs.Self<PyDict>(a, PyTypes.Dict, "__init__");
            FillDict(self, a[1..], k);
            return PySingleton.None;
        });
        TypeSetup.StaticMethod(PyTypes.List, "__new__", (a, _) => Create(a, "list", PyTypes.List, []));
        TypeSetup.StaticMethod(PyTypes.Dict, "__new__", (a, _) => Create(a, "dict", PyTypes.Dict, []));
        TypeSetup.StaticMethod(PyTypes.Tuple, "__new__", (a, k) =>
        {
            NativeArgs.NoKeywords("tuple", k);
            return Create(a, "tuple", PyTypes.Tuple, a[1..]);
        });
    }

    private static PyObject Create(PyObject[] args, string name, PyType builtin, PyObject[] tupleArgs)
    {
        if (args.Length == 0) throw PyErrors.TypeError($"{name}.__new__(): not enough arguments");
        if (args[0] is not PyType cls) throw PyErrors.TypeError($"{name}.__new__(X): X is not a type object ({args[0].Type.Name})");
        if (!cls.IsSubtypeOf(builtin)) throw PyErrors.TypeError($"{name}.__new__({cls.Name}): {cls.Name} is not a subtype of {name}");
        if (cls.IsBuiltin) return builtin.Constructor!(builtin, tupleArgs, null);
        return NewSubclassInstance(cls, builtin, tupleArgs, null, runInit: false);
    }

    /// <summary>A new instance of a user subclass of list, dict or tuple. Without a user __init__,
    /// the builtin's own initialisation consumes the arguments.</summary>
    public static PyObject NewSubclassInstance(PyType cls, PyType layout, PyObject[] args, KeywordArgs? kwargs, bool runInit)
    {
        Limits.Budget.ChargeObject();
        if (layout == PyTypes.Tuple)
        {
            NativeArgs.NoKeywords(cls.Name, kwargs);
            if (args.Length > 1) throw PyErrors.TypeError($"tuple expected at most 1 argument, got {args.Length}");
            return new PyTupleInstance(cls, args.Length == 0 ? [] : [.. Iteration.ToList(args[0])]);
        }
        if (layout == PyTypes.List)
        {
            var list = new PyListInstance(cls);
            if (runInit)
            {
                NativeArgs.NoKeywords("list", kwargs);
                FillList(list, args);
            }
            return list;
        }
        var dict = new PyDictInstance(cls);
        if (runInit) FillDict(dict, args, kwargs);
        return dict;
    }

    private static void FillList(PyList list, PyObject[] args)
    {
        if (args.Length > 1) throw PyErrors.TypeError($"list expected at most 1 argument, got {args.Length}");
        list.Items.Clear();
        if (args.Length == 1) list.Items.AddRange(Iteration.ToList(args[0]));
    }

    private static void FillDict(PyDict dict, PyObject[] args, KeywordArgs? kwargs)
    {
        if (args.Length > 1) throw PyErrors.TypeError($"dict expected at most 1 argument, got {args.Length}");
        if (args.Length == 1) DictMethods.UpdateFrom(dict, args[0]);
        if (kwargs is not null) DictMethods.UpdateFromKeywords(dict, kwargs);
    }
}
