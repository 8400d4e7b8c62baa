using System.Numerics;
using Monty.Engine.Builtins;
using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Random;

/// <summary>The methods of random.Random, following CPython 3.11's random.py step by step so every
/// draw consumes the generator exactly as CPython does.</summary>
internal static class RandomMethods
{
    public static void Register(PyType t)
    {
        t.Constructor = (_, args, kw) =>
        {
            NativeArgs.NoKeywords("Random", kw);
            NativeArgs.Count("Random", args, 0, 1);
            var r = new PyRandom();
            r.Seed(args.Length == 0 ? null : args[0]);
            return r;
        };
        TypeSetup.Method(t, "seed", (a, k) =>
        {
            var v = MethodArgs.Parse("seed", a, 1, k, ["a", "version"], 2, 0);
            Self(a).Seed(v[0]);
            return PySingleton.None;
        });
        TypeSetup.Method(t, "random", (a, k) =>
        {
            NativeArgs.MethodCount("random", a, 0, 0);
            return new PyFloat(Self(a).Mt.NextDouble());
        });
        TypeSetup.Method(t, "getrandbits", (a, k) =>
        {
            NativeArgs.MethodCount("getrandbits", a, 1, 1);
            var n = Numbers.ToIndex(a[1]);
            if (n < 0) throw PyErrors.ValueError("number of bits must be non-negative");
            Budget.ChargeBigInt(n);
            return PyInt.From(Self(a).Mt.GetRandBits(n));
        });
        TypeSetup.Method(t, "randbytes", (a, k) =>
        {
            NativeArgs.MethodCount("randbytes", a, 1, 1);
            var n = Numbers.ToIndex(a[1]);
            if (n < 0) throw PyErrors.ValueError("negative argument not allowed");
            Budget.ChargeString(n);
            var bits = Self(a).Mt.GetRandBits(n * 8);
            var bytes = new byte[n];
            var raw = bits.ToByteArray(isUnsigned: true);
            Array.Copy(raw, bytes, Math.Min(raw.Length, bytes.Length));
            return new PyBytes(bytes);
        });
        TypeSetup.Method(t, "randrange", (a, k) =>
        {
            var v = MethodArgs.Parse("randrange", a, 1, k, ["start", "stop", "step"], 3, 1);
            return PyInt.From(RandRange(Self(a).Mt, v[0]!, v[1], v[2]));
        });
        TypeSetup.Method(t, "randint", (a, k) =>
        {
            var v = MethodArgs.Parse("randint", a, 1, k, ["a", "b"], 2, 2);
            return PyInt.From(RandRange(Self(a).Mt, v[0]!, PyInt.From(Index(v[1]!, 2) + 1), null));
        });
        TypeSetup.Method(t, "choice", (a, k) =>
        {
            NativeArgs.MethodCount("choice", a, 1, 1);
            var n = Ops.Len(a[1]);
            if (n == 0) throw PyErrors.IndexError("Cannot choose from an empty sequence");
            return Subscript.Get(a[1], PyInt.From(Self(a).Mt.RandBelow(n)));
        });
        TypeSetup.Method(t, "shuffle", (a, k) =>
        {
            NativeArgs.MethodCount("shuffle", a, 1, 1);
            if (a[1] is not PyList list) throw PyErrors.TypeError($"'{a[1].Type.Name}' object does not support item assignment");
            var mt = Self(a).Mt;
            var items = list.Items;
            for (var i = items.Count - 1; i >= 1; i--)
            {
                if ((i & 4095) == 0) Budget.CheckTime();
                var j = (int)mt.RandBelow(i + 1);
                (items[i], items[j]) = (items[j], items[i]);
            }
            return PySingleton.None;
        });
        TypeSetup.Method(t, "sample", Sample);
        TypeSetup.Method(t, "choices", Choices);
        TypeSetup.Method(t, "uniform", (a, k) =>
        {
            var v = MethodArgs.Parse("uniform", a, 1, k, ["a", "b"], 2, 2);
            var (lo, hi) = (Float(v[0]!), Float(v[1]!));
            return new PyFloat(lo + (hi - lo) * Self(a).Mt.NextDouble());
        });
        TypeSetup.Method(t, "gauss", (a, k) => Gauss(a, k, "gauss"));
        TypeSetup.Method(t, "normalvariate", (a, k) => Gauss(a, k, "normalvariate"));
        TypeSetup.Method(t, "expovariate", (a, k) =>
        {
            var v = MethodArgs.Parse("expovariate", a, 1, k, ["lambd"], 1, 1);
            var lambd = Float(v[0]!);
            if (lambd == 0) throw PyErrors.ZeroDivision("float division by zero");
            return new PyFloat(-Math.Log(1.0 - Self(a).Mt.NextDouble()) / lambd);
        });
        TypeSetup.Method(t, "triangular", (a, k) =>
        {
            var v = MethodArgs.Parse("triangular", a, 1, k, ["low", "high", "mode"], 3, 0);
            var low = v[0] is null ? 0.0 : Float(v[0]!);
            var high = v[1] is null ? 1.0 : Float(v[1]!);
            var u = Self(a).Mt.NextDouble();
            if (high == low) return new PyFloat(low);
            var c = v[2] is null or PySingleton ? 0.5 : (Float(v[2]!) - low) / (high - low);
            if (u > c)
            {
                u = 1.0 - u;
                c = 1.0 - c;
                (low, high) = (high, low);
            }
            return new PyFloat(low + (high - low) * Math.Sqrt(u * c));
        });
    }

    private static PyRandom Self(PyObject[] a) =>
        a.Length > 0 && a[0] is PyRandom r ? r : throw PyErrors.TypeError("descriptor requires a 'random.Random' object");

    private static double Float(PyObject o) =>
        Numbers.TryGetDouble(o, out var d) ? d : throw PyErrors.TypeError($"must be real number, not {o.Type.Name}");

    /// <summary>randrange's argument conversion: ints, or integral floats (deprecated in 3.11 but accepted).</summary>
    private static BigInteger Index(PyObject o, int position)
    {
        if (o is PyInt or PyBigInt) return Numbers.ToBig(o);
        if (o is PyFloat f)
        {
            if (f.Value != Math.Floor(f.Value) || double.IsInfinity(f.Value)) throw PyErrors.ValueError($"non-integer arg {position} for randrange()");
            return new BigInteger(f.Value);
        }
        throw PyErrors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    private static BigInteger RandRange(MersenneTwister mt, PyObject start, PyObject? stop, PyObject? step)
    {
        var istart = Index(start, 1);
        if (stop is null or PySingleton)
        {
            if (step is not null && !(step is PyInt { Value: 1 })) throw PyErrors.TypeError("Missing a non-None stop argument");
            if (istart > 0) return mt.RandBelow(istart);
            throw PyErrors.ValueError("empty range for randrange()");
        }
        var istop = Index(stop, 2);
        var width = istop - istart;
        var istep = step is null ? BigInteger.One : Index(step, 3);
        if (istep.IsOne)
        {
            if (width > 0) return istart + mt.RandBelow(width);
            throw PyErrors.ValueError($"empty range for randrange() ({istart}, {istop}, {width})");
        }
        BigInteger n;
        if (istep > 0) n = Arithmetic.FloorDiv(width + istep - 1, istep);
        else if (istep < 0) n = Arithmetic.FloorDiv(width + istep + 1, istep);
        else throw PyErrors.ValueError("zero step for randrange()");
        if (n <= 0) throw PyErrors.ValueError("empty range for randrange()");
        return istart + istep * mt.RandBelow(n);
    }

    private static PyObject Gauss(PyObject[] a, KeywordArgs? k, string name)
    {
        var v = MethodArgs.Parse(name, a, 1, k, ["mu", "sigma"], 2, 0);
        var mu = v[0] is null ? 0.0 : Float(v[0]!);
        var sigma = v[1] is null ? 1.0 : Float(v[1]!);
        var r = Self(a);
        var mt = r.Mt;
        if (name == "normalvariate")
        {
            // Kinderman and Monahan, as random.normalvariate.
            const double nvMagicConst = 1.7155277699214135;
            while (true)
            {
                var u1 = mt.NextDouble();
                var u2 = 1.0 - mt.NextDouble();
                var zz = nvMagicConst * (u1 - 0.5) / u2;
                if (zz * zz / 4.0 <= -Math.Log(u2)) return new PyFloat(mu + zz * sigma);
            }
        }
        var z = r.GaussNext;
        r.GaussNext = null;
        if (z is null)
        {
            var x2pi = mt.NextDouble() * (2 * Math.PI);
            var g2rad = Math.Sqrt(-2.0 * Math.Log(1.0 - mt.NextDouble()));
            z = Math.Cos(x2pi) * g2rad;
            r.GaussNext = Math.Sin(x2pi) * g2rad;
        }
        return new PyFloat(mu + z.Value * sigma);
    }

    private static PyObject Sample(PyObject[] a, KeywordArgs? k)
    {
        var v = MethodArgs.Parse("sample", a, 1, k, ["population", "k", "counts"], 2, 2);
        var population = v[0]!;
        if (population is not (PyList or PyTuple or PyStr or PyRange or PyBytes))
            throw PyErrors.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        if (v[2] is not null and not PySingleton) population = Expand(population, v[2]!);
        var n = Ops.Len(population);
        var count = Numbers.ToIndex(v[1]!);
        if (count < 0 || count > n) throw PyErrors.ValueError("Sample larger than population or is negative");
        Budget.ChargeContainer(count);
        var mt = Self(a).Mt;
        var result = new List<PyObject>((int)count);
        var setSize = 21;
        if (count > 5) setSize += (int)Math.Pow(4, Math.Ceiling(Math.Log(count * 3) / Math.Log(4)));
        if (n <= setSize)
        {
            var pool = Iteration.ToList(population);
            for (var i = 0; i < count; i++)
            {
                var j = (int)mt.RandBelow(n - i);
                result.Add(pool[j]);
                pool[j] = pool[(int)(n - i - 1)];
            }
        }
        else
        {
            var selected = new HashSet<BigInteger>();
            for (var i = 0; i < count; i++)
            {
                if ((i & 4095) == 0) Budget.CheckTime();
                var j = mt.RandBelow(n);
                while (selected.Contains(j)) j = mt.RandBelow(n);
                selected.Add(j);
                result.Add(Subscript.Get(population, PyInt.From(j)));
            }
        }
        return new PyList(result);
    }

    private static PyObject Expand(PyObject population, PyObject counts)
    {
        var items = Iteration.ToList(population);
        var repeats = Iteration.ToList(counts);
        if (repeats.Count != items.Count) throw PyErrors.ValueError("The number of counts does not match the population");
        var expanded = new List<PyObject>();
        for (var i = 0; i < items.Count; i++)
        {
            var c = Numbers.ToIndex(repeats[i]);
            Budget.ChargeContainer(expanded.Count + c);
            for (var j = 0; j < c; j++) expanded.Add(items[i]);
        }
        if (expanded.Count == 0) throw PyErrors.ValueError("Total of counts must be greater than zero");
        return new PyList(expanded);
    }

    private static PyObject Choices(PyObject[] a, KeywordArgs? k)
    {
        var v = MethodArgs.Parse("choices", a, 1, k, ["population", "weights", "cum_weights", "k"], 2, 1);
        var population = v[0]!;
        var n = Ops.Len(population);
        var count = v[3] is null ? 1 : Numbers.ToIndex(v[3]!);
        var mt = Self(a).Mt;
        Budget.ChargeContainer(Math.Max(count, 0));
        var result = new List<PyObject>();
        var weights = v[1] is PySingleton ? null : v[1];
        var cum = v[2] is PySingleton ? null : v[2];
        if (cum is null)
        {
            if (weights is null)
            {
                for (var i = 0; i < count; i++)
                    result.Add(Subscript.Get(population, PyInt.Get((long)Math.Floor(mt.NextDouble() * n))));
                return new PyList(result);
            }
            if (weights is PyInt or PyBigInt)
                throw PyErrors.TypeError($"The number of choices must be a keyword argument: k={Repr.Of(weights)}");
            var running = new List<PyObject>();
            PyObject? total = null;
            foreach (var w in Iteration.ToList(weights))
            {
                total = total is null ? w : Arithmetic.Binary(Parsing.Ast.BinaryOp.Add, total, w);
                running.Add(total);
            }
            cum = new PyList(running);
        }
        else if (weights is not null)
        {
            throw PyErrors.TypeError("Cannot specify both weights and cumulative weights");
        }
        var cumulative = Iteration.ToList(cum);
        if (cumulative.Count != n) throw PyErrors.ValueError("The number of weights does not match the population");
        var totalWeight = cumulative.Count == 0 ? throw PyErrors.IndexError("list index out of range") : Float(cumulative[^1]) + 0.0;
        if (totalWeight <= 0.0) throw PyErrors.ValueError("Total of weights must be greater than zero");
        if (!double.IsFinite(totalWeight)) throw PyErrors.ValueError("Total of weights must be finite");
        var hi = (int)n - 1;
        for (var i = 0; i < count; i++)
        {
            var x = new PyFloat(mt.NextDouble() * totalWeight);
            int lo = 0, top = hi;
            while (lo < top)
            {
                var mid = (lo + top) / 2;
                if (Comparison.Compare(x, cumulative[mid], Comparison.Op.Lt)) top = mid; else lo = mid + 1;
            }
            result.Add(Subscript.Get(population, PyInt.Get(lo)));
        }
        return new PyList(result);
    }
}
