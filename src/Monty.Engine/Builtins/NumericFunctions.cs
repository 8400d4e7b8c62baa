using System.Numerics;
using Monty.Engine.Formatting;
using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>abs, round, divmod, pow, hex, oct, bin, chr, ord.</summary>
internal static class NumericFunctions
{
    public static void Register(Dictionary<string, PyObject> table)
    {
        BuiltinsTable.Add(table, "abs", Abs);
        BuiltinsTable.Add(table, "round", Round);
        BuiltinsTable.Add(table, "divmod", DivMod);
        BuiltinsTable.Add(table, "pow", Pow);
        BuiltinsTable.Add(table, "hex", (a, k) => Radix(a, k, "hex", "#x"));
        BuiltinsTable.Add(table, "oct", (a, k) => Radix(a, k, "oct", "#o"));
        BuiltinsTable.Add(table, "bin", (a, k) => Radix(a, k, "bin", "#b"));
        BuiltinsTable.Add(table, "chr", Chr);
        BuiltinsTable.Add(table, "ord", Ord);
    }

    private static PyObject Abs(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("abs", kwargs);
        NativeArgs.Count("abs", args, 1, 1);
        return args[0] switch
        {
            PyInt i when i.Value >= 0 => PyInt.Get(i.Value),
            PyInt i => PyInt.From(BigInteger.Abs(i.Value)),
            PyBigInt b => PyInt.From(BigInteger.Abs(b.Value)),
            PyFloat f => new PyFloat(Math.Abs(f.Value)),
            PyNativeValue n when n.Abs() is { } r => r,
            var o when o.Type.LookupUserSpecial("__abs__") is { } abs => new TailCall(abs, [o]),
            var o => throw PyErrors.TypeError($"bad operand type for abs(): '{o.Type.Name}'"),
        };
    }

    private static PyObject Round(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("round", kwargs, "number", "ndigits");
        var number = NativeArgs.Get(args, kwargs, 0, "number") ?? throw PyErrors.TypeError("round() missing required argument 'number' (pos 1)");
        var nd = NativeArgs.Get(args, kwargs, 1, "ndigits");
        if (args.Length > 2) throw PyErrors.TypeError($"round() takes at most 2 arguments ({args.Length} given)");
        var hasDigits = nd is not null && nd is not PySingleton { Name: "None" };
        if (number.Type.LookupUserSpecial("__round__") is { } round)
            return new TailCall(round, hasDigits ? [number, nd!] : [number]);
        switch (number)
        {
            case PyInt or PyBigInt:
                {
                    if (!hasDigits) return number is PyBool b ? PyInt.Get(b.Value) : number;
                    var digits = Numbers.ToIndex(nd!);
                    if (digits >= 0) return number is PyBool b2 ? PyInt.Get(b2.Value) : number;
                    return PyInt.From(Rounding.RoundBigInteger(Numbers.ToBig(number), (int)Math.Max(digits, -100000)));
                }
            case PyFloat f:
                {
                    if (!hasDigits)
                    {
                        if (double.IsNaN(f.Value)) throw PyErrors.ValueError("cannot convert float NaN to integer");
                        if (double.IsInfinity(f.Value)) throw PyErrors.OverflowError("cannot convert float infinity to integer");
                        return Numbers.FromDoubleToInt(Math.Round(f.Value, MidpointRounding.ToEven));
                    }
                    var digits = Numbers.ToIndex(nd!);
                    return new PyFloat(Rounding.RoundDouble(f.Value, (int)Math.Clamp(digits, -100000, 100000)));
                }
            case PyNativeValue n when n.Round(hasDigits ? nd : null) is { } rounded:
                return rounded;
            default:
                throw PyErrors.TypeError($"type {number.Type.Name} doesn't define __round__ method");
        }
    }

    /// <summary>divmod's row in the prelude's operator table (after the binary operators).</summary>
    private const int DivModOperator = 13;

    private static PyObject DivMod(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("divmod", kwargs);
        NativeArgs.Count("divmod", args, 2, 2);
        var (a, b) = (args[0], args[1]);
        if (UserProtocol.Dispatches(a, "__divmod__") || UserProtocol.Dispatches(b, "__rdivmod__"))
            return new TailCall(VirtualMachine.Current.Prelude.Get("__binop"), [a, b, PyInt.Get(DivModOperator), PyBool.False]);
        if (a is PyNativeValue || b is PyNativeValue)
        {
            var pair = (a as PyNativeValue)?.DivMod(b, false) ?? (b as PyNativeValue)?.DivMod(a, true);
            return pair ?? throw PyErrors.TypeError($"unsupported operand type(s) for divmod(): '{a.Type.Name}' and '{b.Type.Name}'");
        }
        if (a is PyFloat || b is PyFloat)
        {
            if (!Numbers.TryGetDouble(a, out var x) || !Numbers.TryGetDouble(b, out var y))
                throw PyErrors.TypeError($"unsupported operand type(s) for divmod(): '{a.Type.Name}' and '{b.Type.Name}'");
            if (y == 0) throw PyErrors.ZeroDivision("float divmod()");
            var (div, mod) = Arithmetic.FloatDivMod(x, y);
            return PyTuple.Of(new PyFloat(div), new PyFloat(mod));
        }
        if (!Numbers.IsInt(a) || !Numbers.IsInt(b))
            throw PyErrors.TypeError($"unsupported operand type(s) for divmod(): '{a.Type.Name}' and '{b.Type.Name}'");
        return PyTuple.Of(Arithmetic.Binary(BinaryOp.FloorDiv, a, b), Arithmetic.Binary(BinaryOp.Mod, a, b));
    }

    private static PyObject Pow(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("pow", kwargs, "base", "exp", "mod");
        var b = NativeArgs.Get(args, kwargs, 0, "base") ?? throw PyErrors.TypeError("pow() missing required argument 'base' (pos 1)");
        var e = NativeArgs.Get(args, kwargs, 1, "exp") ?? throw PyErrors.TypeError("pow() missing required argument 'exp' (pos 2)");
        var m = NativeArgs.Get(args, kwargs, 2, "mod");
        if (m is null or PySingleton { Name: "None" }) return Arithmetic.Binary(BinaryOp.Pow, b, e);
        if (UserProtocol.IsUser(b) && b.Type.LookupUserSpecial("__pow__") is { } userPow) return new TailCall(userPow, [b, e, m]);
        if (!Numbers.IsInt(b) || !Numbers.IsInt(e) || !Numbers.IsInt(m))
            throw PyErrors.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        var modulus = Numbers.ToBig(m);
        if (modulus.IsZero) throw PyErrors.ValueError("pow() 3rd argument cannot be 0");
        var exponent = Numbers.ToBig(e);
        var baseValue = Numbers.ToBig(b);
        if (exponent.Sign < 0)
        {
            baseValue = ModInverse(baseValue, modulus);
            exponent = -exponent;
        }
        var r = BigInteger.ModPow(Arithmetic.Mod(baseValue, BigInteger.Abs(modulus)), exponent, BigInteger.Abs(modulus));
        if (modulus.Sign < 0 && !r.IsZero) r += modulus;
        return PyInt.From(r);
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        var mod = BigInteger.Abs(m);
        BigInteger g = mod, x = 0, x1 = 1, a1 = Arithmetic.Mod(a, mod);
        while (!a1.IsZero)
        {
            var q = g / a1;
            (g, a1) = (a1, g - q * a1);
            (x, x1) = (x1, x - q * x1);
        }
        if (g != 1) throw PyErrors.ValueError("base is not invertible for the given modulus");
        return Arithmetic.Mod(x, mod);
    }

    /// <summary>hex/oct/bin: format() with the alternate-form spec gives exactly their output.</summary>
    private static PyObject Radix(PyObject[] args, KeywordArgs? kwargs, string name, string spec)
    {
        NativeArgs.NoKeywords(name, kwargs);
        NativeArgs.Count(name, args, 1, 1);
        if (!Numbers.TryGetBig(args[0], out var v))
            throw PyErrors.TypeError($"'{args[0].Type.Name}' object cannot be interpreted as an integer");
        return PyStr.Of(NumberFormatter.FormatInt(v, spec));
    }

    private static PyObject Chr(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("chr", kwargs);
        NativeArgs.Count("chr", args, 1, 1);
        if (args[0] is PyBigInt) throw PyErrors.OverflowError("Python int too large to convert to C int");
        var code = Numbers.ToIndex(args[0]);
        if (code < 0 || code > 0x10FFFF) throw PyErrors.ValueError("chr() arg not in range(0x110000)");
        if (code is >= 0xD800 and <= 0xDFFF) return new PyStr(((char)code).ToString());
        return PyStr.Of(char.ConvertFromUtf32((int)code));
    }

    private static PyObject Ord(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords("ord", kwargs);
        NativeArgs.Count("ord", args, 1, 1);
        switch (args[0])
        {
            case PyStr s when s.Length == 1:
                return PyInt.Get(s.CodePointAt(0));
            case PyStr s:
                throw PyErrors.TypeError($"ord() expected a character, but string of length {s.Length} found");
            case PyBytes b when b.Value.Length == 1:
                return PyInt.Get(b.Value[0]);
            case PyBytes b:
                throw PyErrors.TypeError($"ord() expected a character, but string of length {b.Value.Length} found");
            default:
                throw PyErrors.TypeError($"ord() expected string of length 1, but {args[0].Type.Name} found");
        }
    }
}
