using Monty.Engine.Builtins;
using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;
using Xunit;

namespace Monty.Engine.Tests.Builtins;

/// <summary>Small helpers for calling builtin natives directly in tests.</summary>
internal static class Natives
{
    static Natives() => TypeSetup.EnsureInitialized();

    /// <summary>type.name(self, args...) through the registered native.</summary>
    public static PyObject Call(PyType type, string name, PyObject self, params PyObject[] args) =>
        ((PyBuiltinFunction)type.Dict[name]).Function([self, .. args], null);

    public static PyObject CallKw(PyType type, string name, PyObject self, string[] names, PyObject[] values) =>
        ((PyBuiltinFunction)type.Dict[name]).Function([self], new KeywordArgs(names, values));

    public static PyObject Construct(PyType type, params PyObject[] args) => type.Constructor!(type, args, null);

    public static PyList List(params long[] values)
    {
        var list = new PyList();
        foreach (var v in values) list.Items.Add(PyInt.Get(v));
        return list;
    }

    public static PyStr Str(string s) => PyStr.Of(s);

    /// <summary>Asserts a Python exception of the given type and message.</summary>
    public static void Raises(string type, string message, Action action)
    {
        var e = Assert.Throws<PyException>(action);
        Assert.Equal(type, e.Value.ExceptionType.Name);
        Assert.Equal(message, ExceptionText.Str(e.Value));
    }

    /// <summary>A generator object that was never started: natives must hand it back to the VM.</summary>
    public static PyGenerator Generator()
    {
        var code = new CodeObject
        {
            Name = "gen", QualName = "gen", FileName = "<test>", Instructions = [], Spans = [], Constants = [],
            Names = [], VarNames = [], CellVars = [], FreeVars = [], CellParameters = [], IsGenerator = true,
            MaxStack = 0, SourceLines = [],
        };
        var globals = new ModuleNamespace("__main__");
        return new PyGenerator(new Frame(code, globals, globals.SlotsFor(code), null), "gen", "gen");
    }
}
