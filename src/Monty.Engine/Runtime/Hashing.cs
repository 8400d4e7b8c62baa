using System.Numerics;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Python's hash() for builtin values, bit-compatible with CPython for numbers and
/// tuples so hash(1) == hash(1.0) == hash(True) and dict keys unify as Python requires.</summary>
internal static class Hashing
{
    private const int ModulusBits = 61;
    private const long Modulus = (1L << ModulusBits) - 1;

    public static long Hash(PyObject o) => Hash(o, 0);

    private static long Hash(PyObject o, int depth)
    {
        switch (o)
        {
            case PyStr s:
                return s.Hash;
            case PyInt i:
                return HashLong(i.Value);
            case PyFloat f:
                return HashDouble(f.Value);
            case PyBigInt b:
                return HashBig(b.Value);
            case PyTuple t:
                return HashTuple(t, depth);
            case PyBytes bytes:
                return HashBytes(bytes.Value);
            case PySet { Frozen: true } fs:
                return HashFrozenSet(fs, depth);
            case PyList or PyDict or PySet:
                throw Unhashable(o);
            case PyNativeValue n:
                return n.HashValue();
            default:
                if (!o.Type.IsBuiltin && o is not PyType) return UserHash(o);
                return IdentityHash(o);
        }
    }

    public static long IdentityHash(PyObject o) => ObjectIds.Of(o) >> 4;

    private static long UserHash(PyObject o)
    {
        var hash = o.Type.Lookup("__hash__");
        if (hash is null || hash is PyBuiltinFunction { OwnerType: "object" }) return IdentityHash(o);
        if (ReferenceEquals(hash, PySingleton.None)) throw Unhashable(o);
        var value = VirtualMachine.Current.CallNested(VirtualMachine.Current.Prelude.Get("__hash"), [o]);
        return ((PyInt)value).Value;
    }

    public static PyException Unhashable(PyObject o) => PyErrors.TypeError($"unhashable type: '{o.Type.Name}'");

    public static long HashLong(long v)
    {
        if (v >= 0 && v < Modulus) return v;
        if (v < 0 && v > -Modulus)
        {
            return v == -1 ? -2 : v;
        }
        return HashBig(v);
    }

    public static long HashBig(BigInteger v)
    {
        var r = (long)(BigInteger.Abs(v) % Modulus);
        if (v.Sign < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    public static long HashDouble(double v)
    {
        if (double.IsNaN(v)) return 0;
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18) return HashLong((long)v);
        // CPython's algorithm: reduce the mantissa modulo 2**61 - 1 chunk by chunk.
        var m = Frexp(v, out var e);
        var sign = 1;
        if (m < 0)
        {
            sign = -1;
            m = -m;
        }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & Modulus) | x >> (ModulusBits - 28);
            m *= 268435456.0;
            e -= 28;
            var y = (ulong)m;
            m -= y;
            x += y;
            if (x >= Modulus) x -= Modulus;
        }
        e = e >= 0 ? e % ModulusBits : ModulusBits - 1 - ((-1 - e) % ModulusBits);
        x = ((x << e) & Modulus) | x >> (ModulusBits - e);
        var result = (long)x * sign;
        return result == -1 ? -2 : result;
    }

    private static double Frexp(double d, out int exponent)
    {
        if (d == 0)
        {
            exponent = 0;
            return d;
        }
        var bits = BitConverter.DoubleToInt64Bits(d);
        var exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            d *= Math.Pow(2, 64);
            bits = BitConverter.DoubleToInt64Bits(d);
            exp = (int)((bits >> 52) & 0x7FF) - 64;
        }
        exponent = exp - 1022;
        bits = (bits & unchecked((long)0x800FFFFFFFFFFFFFUL)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    /// <summary>CPython 3.8+ tuple hash (xxHash-based). Nesting is bounded like repr and ==.</summary>
    private static long HashTuple(PyTuple t, int depth)
    {
        Depth.Enter(ref depth, "while hashing");
        var acc = TupleHashSeed;
        foreach (var item in t.Items) acc = TupleHashStep(acc, Hash(item, depth));
        return TupleHashFinish(acc, t.Items.Length);
    }

    // The tuple and frozenset hashes as fold steps, so the snapshot loader can hash deeply nested
    // keys from an explicit stack with the same results.
    private const ulong TuplePrime1 = 11400714785074694791UL;
    private const ulong TuplePrime2 = 14029467366897019727UL;
    private const ulong TuplePrime5 = 2870177450012600261UL;

    public const ulong TupleHashSeed = TuplePrime5;

    public static ulong TupleHashStep(ulong acc, long itemHash)
    {
        acc += (ulong)itemHash * TuplePrime2;
        acc = BitOperations.RotateLeft(acc, 31);
        return acc * TuplePrime1;
    }

    public static long TupleHashFinish(ulong acc, int length)
    {
        acc += (ulong)length ^ (TuplePrime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    private static long HashBytes(byte[] b)
    {
        ulong h = 14695981039346656037UL;
        foreach (var c in b)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        var r = (long)(h >> 1);
        return r is 0 or -1 ? 1 : r;
    }

    private static long HashFrozenSet(PySet s, int depth)
    {
        Depth.Enter(ref depth, "while hashing");
        ulong hash = 0;
        foreach (var kv in s.Table.Entries()) hash = FrozenSetHashStep(hash, Hash(kv.Key, depth));
        return FrozenSetHashFinish(hash, s.Count);
    }

    /// <summary>Order-independent combination, as CPython's frozenset hash.</summary>
    public static ulong FrozenSetHashStep(ulong hash, long memberHash)
    {
        var h = (ulong)memberHash;
        return hash ^ ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
    }

    public static long FrozenSetHashFinish(ulong hash, int count)
    {
        hash ^= ((ulong)count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        return hash == ulong.MaxValue ? 590923713 : (long)hash;
    }
}
