using Monty.Engine.Builtins;
using Monty.Engine.Modules.Functools;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Sys;

/// <summary>A safe subset of sys: version facts, sizes and limits, stdout/stderr for print(file=),
/// and exit (which raises SystemExit like CPython). No argv, path, modules or environment.
/// sys.platform is "monty" so scripts can tell they are not on a real OS.</summary>
internal static class SysModule
{
    public static readonly PyType VersionInfoType =
        StructSequence.CreateType("sys", "version_info", "sys.version_info", ["major", "minor", "micro", "releaselevel", "serial"]);

    public static PyModule Create()
    {
        var m = new PyModule("sys");
        m.Dict["__name__"] = PyStr.Of("sys");
        m.Dict["version"] = PyStr.Of("3.11.7 (Monty)");
        m.Dict["version_info"] = StructSequence.Make(VersionInfoType,
            [PyInt.Get(3), PyInt.Get(11), PyInt.Get(7), PyStr.Of("final"), PyInt.Get(0)]);
        m.Dict["hexversion"] = PyInt.Get(0x030B07F0);
        m.Dict["maxsize"] = PyInt.Get(long.MaxValue);
        m.Dict["maxunicode"] = PyInt.Get(0x10FFFF);
        m.Dict["byteorder"] = PyStr.Of("little");
        m.Dict["platform"] = PyStr.Of("monty");
        m.Dict["implementation_name"] = PyStr.Of("monty");
        m.Dict["stdout"] = new PyModuleStream(false);
        m.Dict["stderr"] = new PyModuleStream(true);
        m.Dict["exit"] = new PyBuiltinFunction("exit", Exit);
        m.Dict["getrecursionlimit"] = new PyBuiltinFunction("getrecursionlimit", (a, k) =>
        {
            NativeArgs.Count("getrecursionlimit", a, 0, 0);
            return PyInt.Get(Limits.Budget.Current?.Limits.MaxRecursionDepth ?? 1000);
        });
        return m;
    }

    private static PyObject Exit(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("exit", kwargs);
        if (args.Length > 1) throw PyErrors.TypeError($"exit expected at most 1 argument, got {args.Length}");
        // exit(None) is exit(): CPython raises SystemExit with no args then, and code None.
        var code = args.Length == 0 ? PySingleton.None : args[0];
        var exc = new PyBaseException(ExceptionTypes.SystemExit, code is PySingleton { Name: "None" } ? PyTuple.Empty : PyTuple.Of(code))
        {
            Dict = new Dictionary<string, PyObject>(StringComparer.Ordinal) { ["code"] = code },
        };
        throw new PyException(exc);
    }
}
