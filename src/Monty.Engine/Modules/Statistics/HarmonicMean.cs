using Monty.Engine.Builtins;
using Monty.Engine.Modules.Fractions;
using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Statistics;

/// <summary>harmonic_mean(data, weights=None) as CPython 3.11 computes it: the exact sum of w/x
/// (Python division, so ints give floats), then sum(weights) / that sum converted to its type.</summary>
internal static class HarmonicMean
{
    private const string Negative = "harmonic mean does not support negative values";

    public static PyObject Compute(PyObject[] a, KeywordArgs? k)
    {
        var v = MethodArgs.Parse("harmonic_mean", a, 0, k, ["data", "weights"], 2, 1);
        var data = Iteration.ToList(v[0]!);
        var n = data.Count;
        if (n < 1) throw StatisticsModule.Error("harmonic_mean requires at least one data point");
        var weighted = v[1] is not null and not PySingleton;
        if (n == 1 && !weighted)
        {
            var x = data[0];
            if (x is not (PyInt or PyBigInt or PyFloat or PyFraction)) throw PyErrors.TypeError("unsupported type");
            if (IsNegative(x)) throw StatisticsModule.Error(Negative);
            return x;
        }
        List<PyObject> weights;
        ExactSums.Total sumWeights;
        if (weighted)
        {
            weights = Iteration.ToList(v[1]!);
            if (weights.Count != n) throw StatisticsModule.Error("Number of weights does not match data size");
            foreach (var w in weights)
                if (IsNegative(w)) throw StatisticsModule.Error(Negative);
            sumWeights = ExactSums.Sum(weights).Sum;
        }
        else
        {
            weights = Enumerable.Repeat<PyObject>(PyInt.Get(1), n).ToList();
            sumWeights = new ExactSums.Total(Rational.FromInt(n), null);
        }
        var terms = new List<PyObject>(n);
        for (var i = 0; i < n; i++)
        {
            if (IsNegative(data[i])) throw StatisticsModule.Error(Negative);
            if (!Ops.Truthy(weights[i])) { terms.Add(PyInt.Get(0)); continue; }
            try
            {
                terms.Add(Arithmetic.Binary(BinaryOp.Div, weights[i], data[i]));
            }
            catch (PyException e) when (e.Value.Type == ExceptionTypes.ZeroDivisionError)
            {
                return PyInt.Get(0);
            }
        }
        var (kind, total, _) = ExactSums.Sum(terms);
        if (total.NonFinite is { } special)
        {
            if (special <= 0) throw StatisticsModule.Error("Weighted sum must be positive");
            var numerator = sumWeights.NonFinite ?? sumWeights.Exact.ToDouble();
            return new PyFloat(numerator / special);
        }
        if (total.Exact.Sign <= 0) throw StatisticsModule.Error("Weighted sum must be positive");
        if (sumWeights.NonFinite is { } specialWeights) return new PyFloat(specialWeights / total.Exact.ToDouble());
        return ExactSums.Convert(new ExactSums.Total(sumWeights.Exact / total.Exact, null), 1, kind);
    }

    private static bool IsNegative(PyObject x) => Comparison.Compare(x, PyInt.Get(0), Comparison.Op.Lt);
}
