using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Argument parsing for str and bytes methods, reproducing the messages of CPython's
/// different calling conventions (METH_NOARGS, METH_O, Argument Clinic positional-only,
/// PyArg_ParseTuple and keyword parsing). args[0] is self throughout; owner is the type's
/// name ("str"), used in messages such as "str.upper() takes no arguments (1 given)".</summary>
internal static class TextArgs
{
    /// <summary>METH_NOARGS: "str.upper() takes no arguments (1 given)".</summary>
    public static void None(string owner, string name, PyObject[] args, KeywordArgs? kwargs)
    {
        if (kwargs is { Count: > 0 }) throw NoKeywords(owner, name);
        if (args.Length != 1) throw PyErrors.TypeError($"{owner}.{name}() takes no arguments ({args.Length - 1} given)");
    }

    /// <summary>METH_O: "str.join() takes exactly one argument (0 given)".</summary>
    public static PyObject One(string owner, string name, PyObject[] args, KeywordArgs? kwargs)
    {
        if (kwargs is { Count: > 0 }) throw NoKeywords(owner, name);
        if (args.Length != 2) throw PyErrors.TypeError($"{owner}.{name}() takes exactly one argument ({args.Length - 1} given)");
        return args[1];
    }

    /// <summary>Argument Clinic positional-only: "ljust expected at least 1 argument, got 0".</summary>
    public static void Positional(string owner, string name, PyObject[] args, KeywordArgs? kwargs, int min, int max)
    {
        if (kwargs is { Count: > 0 }) throw NoKeywords(owner, name);
        var n = args.Length - 1;
        if (n < min) throw PyErrors.TypeError($"{name} expected {(min == max ? "" : "at least ")}{min} argument{Plural(min)}, got {n}");
        if (n > max) throw PyErrors.TypeError($"{name} expected {(min == max ? "" : "at most ")}{max} argument{Plural(max)}, got {n}");
    }

    /// <summary>PyArg_ParseTuple style (find, count, startswith...): "find() takes at least 1 argument (0 given)".</summary>
    public static void Tuple(string owner, string name, PyObject[] args, KeywordArgs? kwargs, int min, int max)
    {
        if (kwargs is { Count: > 0 }) throw NoKeywords(owner, name);
        var n = args.Length - 1;
        if (n < min) throw PyErrors.TypeError($"{name}() takes at least {min} argument{Plural(min)} ({n} given)");
        if (n > max) throw PyErrors.TypeError($"{name}() takes at most {max} argument{Plural(max)} ({n} given)");
    }

    /// <summary>Keyword-capable parsing (_PyArg_UnpackKeywords) of optional parameters. values[i] is
    /// null when parameter i was not given.</summary>
    public static void Keywords(string name, PyObject[] args, KeywordArgs? kwargs, ReadOnlySpan<string> keywords, Span<PyObject?> values)
    {
        var nargs = args.Length - 1;
        var nkw = kwargs?.Count ?? 0;
        var max = keywords.Length;
        if (nargs + nkw > max)
        {
            throw PyErrors.TypeError(
                $"{name}() takes at most {max} {(nargs == 0 ? "keyword " : "")}argument{Plural(max)} ({nargs + nkw} given)");
        }
        for (var i = 0; i < max; i++) values[i] = i < nargs ? args[i + 1] : null;
        if (kwargs is null || nkw == 0) return;
        var used = 0;
        for (var i = nargs; i < max; i++)
        {
            if (kwargs.Get(keywords[i]) is { } v)
            {
                values[i] = v;
                used++;
            }
        }
        if (used == nkw) return;
        for (var i = 0; i < nargs; i++)
        {
            if (kwargs.Get(keywords[i]) is not null)
                throw PyErrors.TypeError($"argument for {name}() given by name ('{keywords[i]}') and position ({i + 1})");
        }
        foreach (var k in kwargs.Names)
        {
            if (keywords.IndexOf(k) < 0) throw PyErrors.TypeError($"'{k}' is an invalid keyword argument for {name}()");
        }
    }

    /// <summary>A Py_ssize_t parameter (widths, counts, maxsplit).</summary>
    public static long Ssize(PyObject o) => o switch
    {
        PyInt i => i.Value,
        PyBigInt => throw PyErrors.OverflowError("Python int too large to convert to C ssize_t"),
        _ => throw NotInteger(o),
    };

    /// <summary>A C int parameter (tabsize, keepends, bytes_per_sep).</summary>
    public static int CInt(PyObject o) => o switch
    {
        PyInt { Value: >= int.MinValue and <= int.MaxValue } i => (int)i.Value,
        PyInt or PyBigInt => throw PyErrors.OverflowError("Python int too large to convert to C int"),
        _ => throw NotInteger(o),
    };

    /// <summary>A start/end argument of find and friends: None or an int, saturated to the long range.</summary>
    public static long SliceIndex(PyObject? o, long missing) =>
        o is null || ReferenceEquals(o, PySingleton.None) ? missing : Numbers.ToClampedIndex(o);

    /// <summary>CPython's ADJUST_INDICES: clamps [start, end) to a sequence of the given length.</summary>
    public static void Adjust(ref long start, ref long end, long length)
    {
        if (end > length) end = length;
        else if (end < 0)
        {
            end += length;
            if (end < 0) end = 0;
        }
        if (start < 0)
        {
            start += length;
            if (start < 0) start = 0;
        }
    }

    /// <summary>How Argument Clinic names a wrong argument's type: None is "None", not "NoneType".</summary>
    public static string TypeName(PyObject o) => ReferenceEquals(o, PySingleton.None) ? "None" : o.Type.Name;

    public static PyException NotInteger(PyObject o) =>
        PyErrors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");

    /// <summary>Names are joined only when an error is raised, so the success path allocates nothing.</summary>
    private static PyException NoKeywords(string owner, string name) => PyErrors.TypeError($"{owner}.{name}() takes no keyword arguments");

    private static string Plural(int n) => n == 1 ? "" : "s";
}
