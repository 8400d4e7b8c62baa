using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Receiver and argument checks for builtin methods, worded as CPython's method
/// descriptors and Argument Clinic word them.</summary>
internal static class MethodArgs
{
    /// <summary>args[0] as the receiver, checked the way a method descriptor checks it
    /// (list.append(5, 1) must fail cleanly, not with a cast error).</summary>
    public static T Self<T>(PyObject[] args, PyType type, string name) where T : PyObject
    {
        if (args.Length > 0 && args[0] is T self && ReferenceEquals(self.Type, type)) return self;
        return SelfSlow<T>(args, type, name);
    }

    private static T SelfSlow<T>(PyObject[] args, PyType type, string name) where T : PyObject
    {
        if (args.Length == 0) throw PyErrors.TypeError($"unbound method {type.Name}.{name}() needs an argument");
        if (args[0] is T self && self.Type.IsSubtypeOf(type)) return self;
        throw PyErrors.TypeError($"descriptor '{name}' for '{type.Name}' objects doesn't apply to a '{args[0].Type.Name}' object");
    }

    /// <summary>Positional count check excluding self, as _PyArg_CheckPositional words it
    /// ("pop expected at most 1 argument, got 2").</summary>
    public static void Positional(string name, PyObject[] args, int min, int max)
    {
        var n = args.Length - 1;
        if (n < min)
            throw PyErrors.TypeError($"{name} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n > max)
            throw PyErrors.TypeError($"{name} expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>Same check for static methods and constructors, whose args have no self.</summary>
    public static void PositionalNoSelf(string name, PyObject[] args, int min, int max)
    {
        var n = args.Length;
        if (n < min)
            throw PyErrors.TypeError($"{name} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n > max)
            throw PyErrors.TypeError($"{name} expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>Value of a keyword-capable parameter given positionally (after self) or by name;
    /// duplicates are rejected as CPython does.</summary>
    public static PyObject? Param(string fname, PyObject[] args, KeywordArgs? kwargs, int position, string keyword)
    {
        var kw = kwargs?.Get(keyword);
        if (position < args.Length)
        {
            if (kw is not null)
                throw PyErrors.TypeError($"argument for {fname}() given by name ('{keyword}') and position ({position})");
            return args[position];
        }
        return kw;
    }

    /// <summary>Argument Clinic's check for too many positionals in a function that also takes keywords.</summary>
    public static void AtMostPositional(string fname, int given, int max)
    {
        if (given > max)
            throw PyErrors.TypeError($"{fname}() takes at most {max} positional argument{(max == 1 ? "" : "s")} ({given} given)");
    }

    /// <summary>Rejects keywords outside the allowed set with Argument Clinic's wording.</summary>
    public static void OnlyKeywords(string fname, KeywordArgs? kwargs, params string[] allowed)
    {
        if (kwargs is null) return;
        foreach (var k in kwargs.Names)
            if (Array.IndexOf(allowed, k) < 0)
                throw PyErrors.TypeError($"{fname}() got an unexpected keyword argument '{k}'");
    }

    /// <summary>An int argument converted to a C int (the "i" converter): bool and int only.</summary>
    public static int CInt(PyObject o)
    {
        if (o is PyInt i)
        {
            if (i.Value is < int.MinValue or > int.MaxValue) throw PyErrors.OverflowError("Python int too large to convert to C int");
            return (int)i.Value;
        }
        if (o is PyBigInt) throw PyErrors.OverflowError("Python int too large to convert to C int");
        if (o is PyFloat) throw PyErrors.TypeError("'float' object cannot be interpreted as an integer");
        throw PyErrors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>A Py_ssize_t argument (Argument Clinic's "n" converter): huge ints overflow.</summary>
    public static long SsizeT(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        if (o is PyBigInt) throw PyErrors.OverflowError("Python int too large to convert to C ssize_t");
        throw PyErrors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>A type name as CPython's converters print it: None for None, else the type's name.</summary>
    public static string TypeNameOf(PyObject o) => ReferenceEquals(o, PySingleton.None) ? "None" : o.Type.Name;

    /// <summary>Slice bound for index() (_PyEval_SliceIndexNotNone): ints clamp, others fail.</summary>
    public static long SliceBound(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        if (o is PyBigInt b) return b.Value.Sign > 0 ? long.MaxValue : long.MinValue;
        throw PyErrors.TypeError("slice indices must be integers or have an __index__ method");
    }

    /// <summary>Python identity-or-equality, as list.count/index/remove compare.</summary>
    public static bool Same(PyObject a, PyObject b) => ReferenceEquals(a, b) || Equality.Eq(a, b);

    /// <summary>Argument Clinic parsing for parameters that may be given by keyword: names in
    /// order, the first maxPositional may be positional, the first required must be given.
    /// args[skip..] are the positionals (skip = 1 past a receiver). Missing optionals are null.</summary>
    public static PyObject?[] Parse(string fname, PyObject[] args, int skip, KeywordArgs? kwargs, string[] names, int maxPositional, int required)
    {
        var given = args.Length - skip;
        if (given > maxPositional)
        {
            if (maxPositional == 0) throw PyErrors.TypeError($"{fname}() takes no positional arguments");
            var how = required >= maxPositional ? "exactly" : "at most";
            throw PyErrors.TypeError($"{fname}() takes {how} {maxPositional} positional argument{(maxPositional == 1 ? "" : "s")} ({given} given)");
        }
        var values = new PyObject?[names.Length];
        for (var i = 0; i < given; i++) values[i] = args[skip + i];
        if (kwargs is not null)
        {
            for (var k = 0; k < kwargs.Count; k++)
            {
                var index = Array.IndexOf(names, kwargs.Names[k]);
                if (index < 0) throw PyErrors.TypeError($"'{kwargs.Names[k]}' is an invalid keyword argument for {fname}()");
                if (index < given)
                    throw PyErrors.TypeError($"argument for {fname}() given by name ('{names[index]}') and position ({index + 1})");
                values[index] = kwargs.Values[k];
            }
        }
        for (var i = 0; i < required; i++)
            if (values[i] is null) throw PyErrors.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
        return values;
    }
}
