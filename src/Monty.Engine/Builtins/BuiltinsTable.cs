using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>The builtins namespace: read-only, shared by all executions. Built once, after
/// every builtin type's methods are installed.</summary>
internal static class BuiltinsTable
{
    private static readonly Dictionary<string, PyObject> Table = Build();

    public static PyObject? Lookup(string name) => Table.GetValueOrDefault(name);

    public static IReadOnlyDictionary<string, PyObject> All => Table;

    private static Dictionary<string, PyObject> Build()
    {
        TypeSetup.EnsureInitialized();
        var table = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        foreach (var type in ExceptionTypes.All) table[type.Name] = type;
        table["None"] = PySingleton.None;
        table["Ellipsis"] = PySingleton.Ellipsis;
        table["NotImplemented"] = PySingleton.NotImplemented;
        table["True"] = PyBool.True;
        table["False"] = PyBool.False;
        foreach (var t in new[]
                 {
                     PyTypes.Object, PyTypes.Type, PyTypes.Int, PyTypes.Bool, PyTypes.Float, PyTypes.Str, PyTypes.Bytes,
                     PyTypes.List, PyTypes.Tuple, PyTypes.Dict, PyTypes.Set, PyTypes.FrozenSet, PyTypes.Range, PyTypes.Slice,
                 })
        {
            table[t.Name] = t;
        }
        CoreFunctions.Register(table);
        ClassSupport.Register(table);
        return table;
    }

    /// <summary>Calls a builtin function by name (for natives that reuse another builtin).</summary>
    public static PyObject Call(string name, params PyObject[] args) => ((PyBuiltinFunction)Table[name]).Function(args, null);

    /// <summary>Adds a builtin function to a table.</summary>
    public static void Add(Dictionary<string, PyObject> table, string name, NativeFunction fn) =>
        table[name] = new PyBuiltinFunction(name, fn);
}
