using System.Numerics;
using Monty.Engine.Builtins;
using Monty.Engine.Modules.Fractions;
using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Statistics;

/// <summary>The statistics module: averages, spread and quantiles with CPython 3.11's exact
/// algorithms, so results match it to the last bit.</summary>
internal static class StatisticsModule
{
    public static readonly PyType StatisticsError = ModuleTypes.Exception("statistics", "StatisticsError", ExceptionTypes.ValueError);

    public static PyType[] Types => [StatisticsError];

    public static PyException Error(string message) => PyErrors.New(StatisticsError, message);

    /// <summary>The native half of statistics.py: the exact averages and spreads, bound in the
    /// module's namespace before its Python body (NormalDist, regression) runs.</summary>
    public static IEnumerable<KeyValuePair<string, PyObject>> Natives()
    {
        var m = new Dictionary<string, PyObject>(StringComparer.Ordinal) { ["StatisticsError"] = StatisticsError };
        Add(m, "mean", (a, k) =>
        {
            var data = Data(a, k, "mean");
            var (type, total, n) = ExactSums.Sum(data);
            if (n < 1) throw Error("mean requires at least one data point");
            return ExactSums.Convert(total, n, type);
        });
        Add(m, "fmean", FMean);
        Add(m, "geometric_mean", (a, k) =>
        {
            var data = Data(a, k, "geometric_mean");
            var logs = new List<PyObject>(data.Count);
            foreach (var x in data)
            {
                if (!Numbers.TryGetDouble(ToFloat(x), out var d) || !(d > 0))
                    throw Error("geometric mean requires a non-empty dataset containing positive numbers");
                logs.Add(new PyFloat(Math.Log(d)));
            }
            if (logs.Count == 0) throw Error("geometric mean requires a non-empty dataset containing positive numbers");
            return new PyFloat(Math.Exp(FSum(logs) / logs.Count));
        });
        Add(m, "median", (a, k) =>
        {
            var data = Sorted(Data(a, k, "median"));
            var n = data.Count;
            if (n == 0) throw Error("no median for empty data");
            if (n % 2 == 1) return data[n / 2];
            var sum = Arithmetic.Binary(BinaryOp.Add, data[n / 2 - 1], data[n / 2]);
            return Arithmetic.Binary(BinaryOp.Div, sum, PyInt.Get(2));
        });
        Add(m, "median_low", (a, k) =>
        {
            var data = Sorted(Data(a, k, "median_low"));
            if (data.Count == 0) throw Error("no median for empty data");
            return data[(data.Count - 1) / 2];
        });
        Add(m, "median_high", (a, k) =>
        {
            var data = Sorted(Data(a, k, "median_high"));
            if (data.Count == 0) throw Error("no median for empty data");
            return data[data.Count / 2];
        });
        Add(m, "mode", (a, k) =>
        {
            var counts = Count(Data(a, k, "mode"));
            if (counts.Count == 0) throw Error("no mode for empty data");
            var best = counts[0];
            foreach (var c in counts)
                if (c.Count > best.Count) best = c;
            return best.Value;
        });
        Add(m, "multimode", (a, k) =>
        {
            var counts = Count(Data(a, k, "multimode"));
            var max = counts.Count == 0 ? 0 : counts.Max(c => c.Count);
            return new PyList(counts.Where(c => c.Count == max).Select(c => c.Value).ToList());
        });
        Add(m, "variance", (a, k) => Spread(a, k, "variance", sample: true, root: false));
        Add(m, "pvariance", (a, k) => Spread(a, k, "pvariance", sample: false, root: false));
        Add(m, "stdev", (a, k) => Spread(a, k, "stdev", sample: true, root: true));
        Add(m, "pstdev", (a, k) => Spread(a, k, "pstdev", sample: false, root: true));
        Add(m, "quantiles", Quantiles);
        Add(m, "harmonic_mean", HarmonicMean.Compute);
        Add(m, "_hypot", (a, k) =>
        {
            var v = MethodArgs.Parse("_hypot", a, 0, k, ["x", "y"], 2, 2);
            return new PyFloat(CorrectlyRoundedHypot(((PyFloat)ToFloat(v[0]!)).Value, ((PyFloat)ToFloat(v[1]!)).Value));
        });
        Add(m, "_mean_stdev", (a, k) =>
        {
            var (mean, stdev) = MeanStdev(Data(a, k, "_mean_stdev"));
            return PyTuple.Of(new PyFloat(mean), new PyFloat(stdev));
        });
        return m;
    }

    private static void Add(Dictionary<string, PyObject> m, string name, NativeFunction fn) => m[name] = new PyBuiltinFunction(name, fn);

    private static List<PyObject> Data(PyObject[] a, KeywordArgs? k, string name) =>
        Iteration.ToList(MethodArgs.Parse(name, a, 0, k, ["data"], 1, 1)[0]!);

    /// <summary>sorted(data): a stable sort with Python's ordering.</summary>
    private static List<PyObject> Sorted(List<PyObject> data)
    {
        var comparer = Comparer<PyObject>.Create((x, y) =>
            Comparison.Compare(x, y, Comparison.Op.Lt) ? -1 : Comparison.Compare(y, x, Comparison.Op.Lt) ? 1 : 0);
        return data.OrderBy(x => x, comparer).ToList();
    }

    private readonly record struct Counted(PyObject Value, int Count);

    /// <summary>Counter(data) in first-seen order (ties in mode go to the first value seen).</summary>
    private static List<Counted> Count(List<PyObject> data)
    {
        var index = new PyDict();
        var counts = new List<Counted>();
        foreach (var x in data)
        {
            if (index.Table.Get(x) is PyInt i)
            {
                var c = counts[(int)i.Value];
                counts[(int)i.Value] = c with { Count = c.Count + 1 };
            }
            else
            {
                index.Set(x, PyInt.Get(counts.Count));
                counts.Add(new Counted(x, 1));
            }
        }
        return counts;
    }

    private static PyObject ToFloat(PyObject x) => x switch
    {
        PyFloat => x,
        PyInt or PyBigInt => new PyFloat(Rational.FromInt(Numbers.ToBig(x)).ToDouble()),
        PyFraction f => new PyFloat(f.Value.ToDouble()),
        _ => throw PyErrors.TypeError($"must be real number, not {x.Type.Name}"),
    };

    /// <summary>math.fsum: the correctly rounded sum.</summary>
    private static double FSum(List<PyObject> values)
    {
        var total = Rational.Zero;
        double? special = null;
        foreach (var v in values)
        {
            var d = ((PyFloat)ToFloat(v)).Value;
            if (!double.IsFinite(d)) special = special is null ? d : special + d;
            else total += Rational.FromDouble(d);
        }
        return special ?? total.ToDouble();
    }

    private static PyObject FMean(PyObject[] a, KeywordArgs? k)
    {
        var v = MethodArgs.Parse("fmean", a, 0, k, ["data", "weights"], 2, 1);
        var data = Iteration.ToList(v[0]!);
        if (v[1] is null or PySingleton)
        {
            if (data.Count == 0) throw Error("fmean requires at least one data point");
            return new PyFloat(FSum(data) / data.Count);
        }
        var weights = Iteration.ToList(v[1]!);
        if (weights.Count != data.Count) throw Error("data and weights must be the same length");
        var products = new List<PyObject>(data.Count);
        for (var i = 0; i < data.Count; i++) products.Add(Arithmetic.Binary(BinaryOp.Mult, data[i], weights[i]));
        var denominator = FSum(weights);
        if (denominator == 0) throw Error("sum of weights must be non-zero");
        return new PyFloat(FSum(products) / denominator);
    }

    private static PyObject Spread(PyObject[] a, KeywordArgs? k, string name, bool sample, bool root)
    {
        var centerName = sample ? "xbar" : "mu";
        var v = MethodArgs.Parse(name, a, 0, k, ["data", centerName], 2, 1);
        var data = Iteration.ToList(v[0]!);
        var (type, ss, n) = ExactSums.SumOfSquares(data, v[1]);
        if (sample && n < 2) throw Error($"{name} requires at least two data points");
        if (!sample && n < 1) throw Error($"{name} requires at least one data point");
        var divisor = sample ? n - 1 : n;
        if (!root) return ExactSums.Convert(ss, divisor, type);
        if (ss.NonFinite is { } special) return new PyFloat(Math.Sqrt(special / divisor));
        var mss = ss.Exact / Rational.FromInt(divisor);
        if (mss.Sign < 0) throw PyErrors.ValueError("math domain error");
        return new PyFloat(ExactSums.SqrtOfFraction(mss.Num, mss.Den));
    }

    /// <summary>hypot(a, b) correctly rounded (CPython's vector norm is, in all but rare cases),
    /// from the exact sum of squares.</summary>
    private static double CorrectlyRoundedHypot(double a, double b)
    {
        if (double.IsInfinity(a) || double.IsInfinity(b)) return double.PositiveInfinity;
        if (double.IsNaN(a) || double.IsNaN(b)) return double.NaN;
        var squares = Rational.FromDouble(a) * Rational.FromDouble(a) + Rational.FromDouble(b) * Rational.FromDouble(b);
        return squares.Sign == 0 ? 0.0 : ExactSums.SqrtOfFraction(squares.Num, squares.Den);
    }

    /// <summary>_mean_stdev: the exact mean and sample standard deviation, each rounded once to a float.</summary>
    private static (double Mean, double Stdev) MeanStdev(List<PyObject> data)
    {
        var (_, ss, n) = ExactSums.SumOfSquares(data, null);
        if (n < 2) throw Error("stdev requires at least two data points");
        if (ss.NonFinite is { } special) return (special, special / special);
        var (_, sum, _) = ExactSums.Sum(data);
        var mss = ss.Exact / Rational.FromInt(n - 1);
        return ((sum.Exact / Rational.FromInt(n)).ToDouble(), ExactSums.SqrtOfFraction(mss.Num, mss.Den));
    }

    private static PyObject Quantiles(PyObject[] a, KeywordArgs? k)
    {
        var v = MethodArgs.Parse("quantiles", a, 0, k, ["data", "n", "method"], 1, 1);
        var n = v[1] is null ? 4 : Numbers.ToIndex(v[1]!);
        var method = v[2] is null ? "exclusive" : v[2] is PyStr s ? s.Value : null;
        if (n < 1) throw Error("n must be at least 1");
        var data = Sorted(Iteration.ToList(v[0]!));
        var ld = data.Count;
        if (ld < 2) throw Error("must have at least two data points");
        var result = new List<PyObject>();
        PyObject Interpolate(PyObject lo, PyObject hi, long delta) =>
            Arithmetic.Binary(BinaryOp.Div,
                Arithmetic.Binary(BinaryOp.Add, Arithmetic.Binary(BinaryOp.Mult, lo, PyInt.Get(n - delta)),
                    Arithmetic.Binary(BinaryOp.Mult, hi, PyInt.Get(delta))), PyInt.Get(n));
        if (method == "inclusive")
        {
            long m = ld - 1;
            for (long i = 1; i < n; i++)
            {
                var j = i * m / n;
                var delta = i * m % n;
                result.Add(Interpolate(data[(int)j], data[(int)j + 1], delta));
            }
            return new PyList(result);
        }
        if (method == "exclusive")
        {
            long m = ld + 1;
            for (long i = 1; i < n; i++)
            {
                var j = i * m / n;
                j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
                var delta = i * m - j * n;
                result.Add(Interpolate(data[(int)j - 1], data[(int)j], delta));
            }
            return new PyList(result);
        }
        throw PyErrors.ValueError($"Unknown method: {Repr.Of(v[2]!)}");
    }
}
