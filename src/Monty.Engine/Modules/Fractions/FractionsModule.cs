using System.Numerics;
using System.Text.RegularExpressions;
using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Fractions;

/// <summary>The fractions module: Fraction.</summary>
internal static partial class FractionsModule
{
    public static readonly PyType FractionType = new("Fraction", PyTypes.Object) { Module = "fractions" };

    public static PyType[] Types => [FractionType];

    [GeneratedRegex(@"\A\s*(?<sign>[-+]?)(?=\d|\.\d)(?<num>\d*|\d+(_\d+)*)(?:(?:/(?<denom>\d+(_\d+)*))?|(?:\.(?<decimal>\d*|\d+(_\d+)*))?(?:E(?<exp>[-+]?\d+(_\d+)*))?)\s*\z",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Literal();

    static FractionsModule()
    {
        FractionType.Constructor = (_, args, kw) =>
        {
            var v = MethodArgs.Parse("Fraction", args, 0, kw, ["numerator", "denominator"], 2, 0);
            return new PyFraction(Construct(v[0], v[1]));
        };
        TypeSetup.Method(FractionType, "limit_denominator", (a, k) =>
        {
            var v = MethodArgs.Parse("limit_denominator", a, 1, k, ["max_denominator"], 1, 0);
            return Self(a).LimitDenominator(v[0] is null ? 1000000 : Numbers.ToBig(v[0]!));
        });
        TypeSetup.Method(FractionType, "as_integer_ratio", (a, k) => PyTuple.Of(PyInt.From(Self(a).Value.Num), PyInt.From(Self(a).Value.Den)));
        TypeSetup.Method(FractionType, "__floor__", (a, k) => PyInt.From(Self(a).Value.Floor()));
        TypeSetup.Method(FractionType, "__ceil__", (a, k) => PyInt.From(-(-Self(a).Value).Floor()));
        TypeSetup.Method(FractionType, "__trunc__", (a, k) => PyInt.From(Self(a).Value.Truncate()));
        TypeSetup.StaticMethod(FractionType, "from_float", (a, k) =>
        {
            NativeArgs.Count("from_float", a, 1, 1);
            return a[0] switch
            {
                PyFloat f => new PyFraction(Construct(f, null)),
                PyInt or PyBigInt => new PyFraction(Rational.FromInt(Numbers.ToBig(a[0]))),
                _ => throw PyErrors.TypeError($"Fraction.from_float() only takes floats, not {Repr.Of(a[0])} ({a[0].Type.Name})"),
            };
        });
    }

    private static PyFraction Self(PyObject[] a) =>
        a.Length > 0 && a[0] is PyFraction f ? f : throw PyErrors.TypeError("descriptor requires a 'fractions.Fraction' object");

    public static PyModule Create()
    {
        var m = new PyModule("fractions");
        m.Dict["Fraction"] = FractionType;
        return m;
    }

    private static Rational Construct(PyObject? numerator, PyObject? denominator)
    {
        if (denominator is null or PySingleton)
        {
            switch (numerator)
            {
                case null: return Rational.Zero;
                case PyInt or PyBigInt: return Rational.FromInt(Numbers.ToBig(numerator));
                case PyFraction f: return f.Value;
                case PyFloat f: return Rational.FromDouble(f.Value);
                case PyStr s: return Parse(s.Value);
                default: throw PyErrors.TypeError("argument should be a string or a Rational instance");
            }
        }
        if (numerator is not (PyInt or PyBigInt or PyFraction) || denominator is not (PyInt or PyBigInt or PyFraction))
            throw PyErrors.TypeError("both arguments should be Rational instances");
        var n = Rational.TryFrom(numerator)!.Value;
        var d = Rational.TryFrom(denominator)!.Value;
        if (d.Num.IsZero) throw PyErrors.ZeroDivision($"Fraction({n.Num * d.Den}, 0)");
        return Rational.Of(n.Num * d.Den, n.Den * d.Num);
    }

    private static Rational Parse(string text)
    {
        var m = Literal().Match(text);
        if (!m.Success) throw PyErrors.ValueError($"Invalid literal for Fraction: {Repr.Of(PyStr.Of(text))}");
        static BigInteger Int(string s) => BigInteger.Parse(s.Replace("_", ""), System.Globalization.CultureInfo.InvariantCulture);
        var num = m.Groups["num"].Value.Length == 0 ? BigInteger.Zero : Int(m.Groups["num"].Value);
        BigInteger den = 1;
        if (m.Groups["denom"].Success)
        {
            den = Int(m.Groups["denom"].Value);
        }
        else
        {
            if (m.Groups["decimal"].Success && m.Groups["decimal"].Value.Length > 0)
            {
                var digits = m.Groups["decimal"].Value.Replace("_", "");
                var scale = BigInteger.Pow(10, digits.Length);
                num = num * scale + BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
                den *= scale;
            }
            if (m.Groups["exp"].Success)
            {
                var exp = int.Parse(m.Groups["exp"].Value.Replace("_", ""), System.Globalization.CultureInfo.InvariantCulture);
                if (Math.Abs(exp) > 100000) throw PyErrors.New(ExceptionTypes.MemoryError, "");
                if (exp >= 0) num *= BigInteger.Pow(10, exp);
                else den *= BigInteger.Pow(10, -exp);
            }
        }
        if (m.Groups["sign"].Value == "-") num = -num;
        return Rational.Of(num, den);
    }
}
