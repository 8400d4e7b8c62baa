using System.Numerics;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Mathematics;

/// <summary>Argument conversion for the math module, worded as CPython's mathmodule.c words it.</summary>
internal static class MathArgs
{
    /// <summary>A real number as double ("must be real number, not str").</summary>
    public static double Real(PyObject o)
    {
        if (Numbers.TryGetDouble(o, out var d)) return d;
        // A user number (decimal.Decimal) converts through its __float__, as in CPython.
        if (o.Type.LookupUserSpecial("__float__") is { } toFloat
            && VirtualMachine.Current.CallNested(toFloat, [o]) is PyFloat f) return f.Value;
        throw PyErrors.TypeError($"must be real number, not {o.Type.Name}");
    }

    /// <summary>An int argument (bool allowed), as PyNumber_Index would accept it.</summary>
    public static BigInteger Integer(PyObject o)
    {
        if (Numbers.TryGetBig(o, out var v)) return v;
        throw PyErrors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>Checks a one-argument function's call shape: "math.sqrt() takes exactly one argument (0 given)".</summary>
    public static PyObject One(string name, PyObject[] args, KeywordArgs? kwargs)
    {
        if (kwargs is { Count: > 0 }) throw PyErrors.TypeError($"math.{name}() takes no keyword arguments");
        if (args.Length != 1) throw PyErrors.TypeError($"math.{name}() takes exactly one argument ({args.Length} given)");
        return args[0];
    }

    /// <summary>Checks a two-argument function's call shape: "pow expected 2 arguments, got 1".</summary>
    public static void Two(string name, PyObject[] args, KeywordArgs? kwargs)
    {
        if (kwargs is { Count: > 0 }) throw PyErrors.TypeError($"{name}() takes no keyword arguments");
        if (args.Length != 2) throw PyErrors.TypeError($"{name} expected 2 arguments, got {args.Length}");
    }

    public static PyException DomainError() => PyErrors.ValueError("math domain error");

    public static PyException RangeError() => PyErrors.OverflowError("math range error");

    public static PyFloat Float(double d) => new(d);
}
