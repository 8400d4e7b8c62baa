using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Methods of the builtin tuple type.</summary>
internal static class TupleMethods
{
    public static void Register(PyType type)
    {
        TypeSetup.Method(type, "count", Count);
        TypeSetup.Method(type, "index", Index);
    }

    private static PyObject Count(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MethodArgs.Self<PyTuple>(args, PyTypes.Tuple, "count");
        NativeArgs.NoKeywords("tuple.count", kwargs);
        NativeArgs.MethodCount("tuple.count", args, 1, 1);
        var value = args[1];
        var n = 0;
        foreach (var item in self.Items)
            if (MethodArgs.Same(item, value)) n++;
        return PyInt.Get(n);
    }

    private static PyObject Index(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = MethodArgs.Self<PyTuple>(args, PyTypes.Tuple, "index");
        NativeArgs.NoKeywords("tuple.index", kwargs);
        MethodArgs.Positional("index", args, 1, 3);
        var items = self.Items;
        var (start, stop) = ListMethods.IndexBounds(args, items.Length);
        if (stop > items.Length) stop = items.Length;
        for (var i = start; i < stop; i++)
            if (MethodArgs.Same(items[i], args[1])) return PyInt.Get(i);
        throw PyErrors.ValueError("tuple.index(x): x not in tuple");
    }
}
