using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Argument checking for builtins, with CPython's wording.</summary>
internal static class NativeArgs
{
    /// <summary>Rejects keyword arguments for builtins that take none.</summary>
    public static void NoKeywords(string name, KeywordArgs? kwargs)
    {
        if (kwargs is { Count: > 0 }) throw PyErrors.TypeError($"{name}() takes no keyword arguments");
    }

    /// <summary>Checks a positional count for a function (not a method): "len() takes exactly one argument (2 given)".</summary>
    public static void Count(string name, PyObject[] args, int min, int max)
    {
        var n = args.Length;
        if (n >= min && n <= max) return;
        if (min == max)
        {
            throw min switch
            {
                0 => PyErrors.TypeError($"{name}() takes no arguments ({n} given)"),
                1 => PyErrors.TypeError($"{name}() takes exactly one argument ({n} given)"),
                _ => PyErrors.TypeError($"{name} expected {min} arguments, got {n}"),
            };
        }
        if (n < min) throw PyErrors.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        throw PyErrors.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>Checks a method's positional count, excluding self (args[0]).</summary>
    public static void MethodCount(string name, PyObject[] args, int min, int max)
    {
        var n = args.Length - 1;
        if (n >= min && n <= max) return;
        if (max == 0) throw PyErrors.TypeError($"{name}() takes no arguments ({n} given)");
        if (min == max && min == 1) throw PyErrors.TypeError($"{name}() takes exactly one argument ({n} given)");
        if (n < min) throw PyErrors.TypeError($"{name}() takes at least {min} argument{(min == 1 ? "" : "s")} ({n} given)");
        throw PyErrors.TypeError($"{name}() takes at most {max} argument{(max == 1 ? "" : "s")} ({n} given)");
    }

    /// <summary>A positional-or-keyword argument: position (excluding self handled by caller) or keyword.</summary>
    public static PyObject? Get(PyObject[] args, KeywordArgs? kwargs, int position, string keyword)
    {
        if (position < args.Length) return args[position];
        return kwargs?.Get(keyword);
    }

    /// <summary>Rejects keywords other than the allowed ones.</summary>
    public static void AllowKeywords(string name, KeywordArgs? kwargs, params string[] allowed)
    {
        if (kwargs is null) return;
        foreach (var k in kwargs.Names)
            if (Array.IndexOf(allowed, k) < 0)
                throw PyErrors.TypeError($"{name}() got an unexpected keyword argument '{k}'");
    }

    public static string ExpectStr(PyObject o, string context) =>
        o is PyStr s ? s.Value : throw PyErrors.TypeError($"{context} must be str, not {o.Type.Name}");

    public static long ExpectIndex(PyObject o) => Numbers.ToIndex(o);
}
