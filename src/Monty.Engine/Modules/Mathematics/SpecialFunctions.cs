using SysMath = System.Math;

namespace Monty.Engine.Modules.Mathematics;

/// <summary>erf, erfc, gamma and lgamma, which .NET lacks. Gamma is exact on small integers
/// (as CPython's table makes it) and uses a Lanczos approximation elsewhere.</summary>
internal static class SpecialFunctions
{
    private static readonly double[] Lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7,
    ];

    public static double Gamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsPositiveInfinity(x)) return x;
        if (double.IsNegativeInfinity(x) || (x <= 0 && x == SysMath.Floor(x))) return double.NaN;
        if (x == SysMath.Floor(x) && x <= 23)
        {
            double f = 1;
            for (var i = 2; i < x; i++) f *= i;
            return f;
        }
        if (x > 171.7) return double.PositiveInfinity;
        if (x < 0.5) return SysMath.PI / (SysMath.Sin(SysMath.PI * x) * Gamma(1 - x));
        return SysMath.Exp(LogGammaPositive(x));
    }

    public static double LogGamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return double.PositiveInfinity;
        if (x <= 0 && x == SysMath.Floor(x)) return double.NaN; // a pole: CPython's domain error
        if (x == 1 || x == 2) return 0;
        if (x < 0.5) return SysMath.Log(SysMath.PI / SysMath.Abs(SysMath.Sin(SysMath.PI * x))) - LogGammaPositive(1 - x);
        return LogGammaPositive(x);
    }

    private static double LogGammaPositive(double x)
    {
        x -= 1;
        var a = Lanczos[0];
        var t = x + 7.5;
        for (var i = 1; i < Lanczos.Length; i++) a += Lanczos[i] / (x + i);
        return 0.5 * SysMath.Log(2 * SysMath.PI) + (x + 0.5) * SysMath.Log(t) - t + SysMath.Log(a);
    }

    public static double Erf(double x)
    {
        if (double.IsNaN(x)) return x;
        var ax = SysMath.Abs(x);
        if (ax < 1.5) return ErfSeries(x);
        var cf = ErfcContinuedFraction(ax);
        return x > 0 ? 1 - cf : cf - 1;
    }

    public static double Erfc(double x)
    {
        if (double.IsNaN(x)) return x;
        var ax = SysMath.Abs(x);
        if (ax < 1.5) return 1 - ErfSeries(x);
        var cf = ErfcContinuedFraction(ax);
        return x > 0 ? cf : 2 - cf;
    }

    // Taylor series of erf in the form exp(-x^2) * sum 2^k x^(2k+1) / (1*3*...*(2k+1)), accurate for |x| < 1.5.
    private static double ErfSeries(double x)
    {
        var x2 = x * x;
        double acc = 0, fk = 25 + 0.5;
        for (var i = 0; i < 25; i++)
        {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * SysMath.Exp(-x2) / SysMath.Sqrt(SysMath.PI);
    }

    // Continued fraction for erfc, accurate for x >= 1.5.
    private static double ErfcContinuedFraction(double x)
    {
        if (x >= 30) return 0;
        var x2 = x * x;
        double a = 0, da = 0.5, p = 1, pLast = 0, q = da + x2, qLast = 1;
        for (var i = 0; i < 50; i++)
        {
            a += da;
            da += 2;
            var b = da + x2;
            (pLast, p) = (p, b * p - a * pLast);
            (qLast, q) = (q, b * q - a * qLast);
        }
        return p / q * x * SysMath.Exp(-x2) / SysMath.Sqrt(SysMath.PI);
    }
}
