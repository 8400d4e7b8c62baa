using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Datetime;

/// <summary>Argument conversions shared by the datetime constructors and methods.</summary>
internal static class DatetimeArgs
{
    public static long Int(PyObject? o, long fallback = 0)
    {
        if (o is null) return fallback;
        if (o is PyBigInt) throw PyErrors.OverflowError("Python int too large to convert to C int");
        return Numbers.ToIndex(o);
    }

    public static PyTimeZone? Tz(PyObject? o) => o switch
    {
        null or PySingleton { Name: "None" } => null,
        PyTimeZone tz => tz,
        _ => throw PyErrors.TypeError($"tzinfo argument must be None or of a tzinfo subclass, not type '{o.Type.Name}'"),
    };

    public static bool IsGiven(PyObject? o) => o is not null;

    public static string Str(PyObject o, string function, int position) =>
        o is PyStr s ? s.Value : throw PyErrors.TypeError($"{function}() argument {position} must be str, not {MethodArgs.TypeNameOf(o)}");

    public static T Self<T>(PyObject[] args, string method) where T : PyObject =>
        args.Length > 0 && args[0] is T self ? self
            : throw PyErrors.TypeError($"descriptor '{method}' requires a datetime object");
}
