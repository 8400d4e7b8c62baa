using Monty.Engine.Objects;
using Monty.Engine.Runtime;
using static Monty.Engine.Modules.Mathematics.MathArgs;
using SysMath = System.Math;

namespace Monty.Engine.Modules.Mathematics;

/// <summary>The math module: float functions (this file), integer functions and sums (partials).
/// Deterministic only; errors as CPython 3.11 words them.</summary>
internal static partial class MathModule
{
    public static PyModule Create()
    {
        var m = new PyModule("math");
        m.Dict["__name__"] = PyStr.Of("math");
        m.Dict["pi"] = new PyFloat(SysMath.PI);
        m.Dict["e"] = new PyFloat(SysMath.E);
        m.Dict["tau"] = new PyFloat(SysMath.Tau);
        m.Dict["inf"] = new PyFloat(double.PositiveInfinity);
        m.Dict["nan"] = new PyFloat(double.NaN);
        void Add(string name, NativeFunction fn) => m.Dict[name] = new PyBuiltinFunction(name, fn);

        // math_1 semantics: a NaN from a non-NaN is a domain error, an infinity from a finite
        // argument is a range error for functions that can overflow and a domain error otherwise.
        void Unary(string name, Func<double, double> f, bool canOverflow = false) => Add(name, (a, k) =>
        {
            var x = Real(One(name, a, k));
            var r = f(x);
            if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
            if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? RangeError() : DomainError();
            return new PyFloat(r);
        });
        Unary("sqrt", SysMath.Sqrt);
        Unary("cbrt", SysMath.Cbrt);
        Unary("exp", SysMath.Exp, canOverflow: true);
        Unary("exp2", x => SysMath.Pow(2, x), canOverflow: true);
        Unary("expm1", ExpM1, canOverflow: true);
        Unary("log1p", LogOnePlus);
        Unary("sin", SysMath.Sin);
        Unary("cos", SysMath.Cos);
        Unary("tan", SysMath.Tan);
        Unary("asin", SysMath.Asin);
        Unary("acos", SysMath.Acos);
        Unary("atan", SysMath.Atan);
        Unary("sinh", SysMath.Sinh, canOverflow: true);
        Unary("cosh", SysMath.Cosh, canOverflow: true);
        Unary("tanh", SysMath.Tanh);
        Unary("asinh", SysMath.Asinh);
        Unary("acosh", SysMath.Acosh);
        Unary("atanh", SysMath.Atanh);
        Unary("fabs", SysMath.Abs);
        Unary("erf", SpecialFunctions.Erf);
        Unary("erfc", SpecialFunctions.Erfc);
        Unary("gamma", SpecialFunctions.Gamma, canOverflow: true);
        Unary("lgamma", SpecialFunctions.LogGamma, canOverflow: true);
        Add("degrees", (a, k) => new PyFloat(Real(One("degrees", a, k)) * (180.0 / SysMath.PI)));
        Add("radians", (a, k) => new PyFloat(Real(One("radians", a, k)) * (SysMath.PI / 180.0)));
        Add("isfinite", (a, k) => PyBool.Of(double.IsFinite(Real(One("isfinite", a, k)))));
        Add("isinf", (a, k) => PyBool.Of(double.IsInfinity(Real(One("isinf", a, k)))));
        Add("isnan", (a, k) => PyBool.Of(double.IsNaN(Real(One("isnan", a, k)))));
        Add("floor", (a, k) => Rounded("floor", a, k, SysMath.Floor));
        Add("ceil", (a, k) => Rounded("ceil", a, k, SysMath.Ceiling));
        Add("trunc", Trunc);
        Add("modf", Modf);
        Add("frexp", Frexp);
        Add("ldexp", Ldexp);
        Add("ulp", (a, k) => new PyFloat(Ulp(Real(One("ulp", a, k)))));
        Add("log", Log);
        Add("log2", (a, k) => new PyFloat(LogWith(One("log2", a, k), SysMath.Log2, SysMath.Log(2))));
        Add("log10", (a, k) => new PyFloat(LogWith(One("log10", a, k), SysMath.Log10, SysMath.Log(10))));
        Add("pow", Pow);
        Add("atan2", (a, k) => Binary("atan2", a, k, SysMath.Atan2));
        Add("copysign", (a, k) => Binary("copysign", a, k, SysMath.CopySign));
        Add("fmod", Fmod);
        Add("remainder", Remainder);
        Add("nextafter", (a, k) => Binary("nextafter", a, k, NextAfter));
        RegisterIntegers(Add);
        RegisterSums(Add);
        return m;
    }

    private static PyObject Binary(string name, PyObject[] args, KeywordArgs? kwargs, Func<double, double, double> f)
    {
        Two(name, args, kwargs);
        return new PyFloat(f(Real(args[0]), Real(args[1])));
    }

    private static PyObject Rounded(string name, PyObject[] args, KeywordArgs? kwargs, Func<double, double> f)
    {
        var x = One(name, args, kwargs);
        if (x is PyBool b) return PyInt.Get(b.Value);
        if (Numbers.IsInt(x)) return x;
        if (x.Type.LookupUserSpecial($"__{name}__") is { } special) return new TailCall(special, [x]);
        return Numbers.FromDoubleToInt(f(Real(x)));
    }

    private static PyObject Trunc(PyObject[] args, KeywordArgs? kwargs)
    {
        var x = One("trunc", args, kwargs);
        if (x is PyBool b) return PyInt.Get(b.Value);
        if (Numbers.IsInt(x)) return x;
        if (x is PyFloat f) return Numbers.FromDoubleToInt(f.Value);
        if (x.Type.LookupUserSpecial("__trunc__") is { } special) return new TailCall(special, [x]);
        throw PyErrors.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
    }

    private static PyObject Modf(PyObject[] args, KeywordArgs? kwargs)
    {
        var x = Real(One("modf", args, kwargs));
        if (double.IsInfinity(x)) return PyTuple.Of(new PyFloat(SysMath.CopySign(0.0, x)), new PyFloat(x));
        var whole = SysMath.Truncate(x);
        return PyTuple.Of(new PyFloat(SysMath.CopySign(x - whole, x)), new PyFloat(whole));
    }

    private static PyObject Frexp(PyObject[] args, KeywordArgs? kwargs)
    {
        var x = Real(One("frexp", args, kwargs));
        if (x == 0 || !double.IsFinite(x)) return PyTuple.Of(new PyFloat(x), PyInt.Get(0));
        var exponent = SysMath.ILogB(x) + 1;
        var mantissa = SysMath.ScaleB(x, -exponent);
        if (SysMath.Abs(mantissa) >= 1.0) { mantissa /= 2; exponent++; }
        else if (SysMath.Abs(mantissa) < 0.5) { mantissa *= 2; exponent--; }
        return PyTuple.Of(new PyFloat(mantissa), PyInt.Get(exponent));
    }

    private static PyObject Ldexp(PyObject[] args, KeywordArgs? kwargs)
    {
        Two("ldexp", args, kwargs);
        var x = Real(args[0]);
        if (!Numbers.TryGetBig(args[1], out var e)) throw PyErrors.TypeError("Expected an int as second argument to ldexp.");
        if (x == 0 || !double.IsFinite(x)) return new PyFloat(x);
        var exp = (int)System.Numerics.BigInteger.Clamp(e, -100000, 100000);
        var r = SysMath.ScaleB(x, exp);
        if (double.IsInfinity(r)) throw RangeError();
        return new PyFloat(r);
    }

    private static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = SysMath.Abs(x);
        if (double.IsInfinity(x)) return x;
        var next = SysMath.BitIncrement(x);
        if (double.IsInfinity(next)) return x - SysMath.BitDecrement(x);
        return next - x;
    }

    private static double NextAfter(double x, double y)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        if (x == y) return y;
        return y > x ? SysMath.BitIncrement(x) : SysMath.BitDecrement(x);
    }

    private static PyObject Pow(PyObject[] args, KeywordArgs? kwargs)
    {
        Two("pow", args, kwargs);
        double x = Real(args[0]), y = Real(args[1]);
        // IEEE 754 special cases as C99 pow defines them (and CPython relies on).
        if (x == 1.0 || y == 0.0) return new PyFloat(1.0);
        if (double.IsNaN(x) || double.IsNaN(y)) return new PyFloat(double.NaN);
        var r = SysMath.Pow(x, y);
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (double.IsNaN(r)) throw DomainError();
            if (double.IsInfinity(r)) throw x == 0 ? DomainError() : RangeError();
        }
        return new PyFloat(r);
    }

    private static PyObject Fmod(PyObject[] args, KeywordArgs? kwargs)
    {
        Two("fmod", args, kwargs);
        double x = Real(args[0]), y = Real(args[1]);
        if (double.IsInfinity(y) && double.IsFinite(x)) return new PyFloat(x);
        var r = x % y;
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
        return new PyFloat(r);
    }

    private static PyObject Remainder(PyObject[] args, KeywordArgs? kwargs)
    {
        Two("remainder", args, kwargs);
        double x = Real(args[0]), y = Real(args[1]);
        if (double.IsNaN(x) || double.IsNaN(y)) return new PyFloat(double.NaN);
        if (double.IsInfinity(x) || y == 0) throw DomainError();
        if (double.IsInfinity(y)) return new PyFloat(x);
        return new PyFloat(SysMath.IEEERemainder(x, y));
    }

    private static double ExpM1(double x) =>
        SysMath.Abs(x) < 1e-5 ? x + x * x / 2 + x * x * x / 6 : SysMath.Exp(x) - 1;

    private static double LogOnePlus(double x)
    {
        if (x == -1) return double.NegativeInfinity;
        if (x < -1) return double.NaN;
        var u = 1 + x;
        // Corrects the rounding of 1 + x (Goldberg's trick) so small x keep full precision.
        return u == 1 ? x : SysMath.Log(u) * x / (u - 1);
    }
}
