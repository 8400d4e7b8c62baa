using System.Numerics;
using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>Methods of int and float. real, imag, numerator and denominator are attributes
/// (data descriptors), not methods: the VM's attribute lookup provides them.</summary>
internal static partial class NumberMethods
{
    public static void Register(PyType intType, PyType floatType)
    {
        TypeSetup.Method(intType, "bit_length", BitLength);
        TypeSetup.Method(intType, "bit_count", BitCount);
        TypeSetup.Method(intType, "to_bytes", ToBytes);
        TypeSetup.StaticMethod(intType, "from_bytes", FromBytes);
        TypeSetup.Method(intType, "conjugate", (a, k) => IntNoArgs(a, k, "conjugate", AsPlainInt));
        TypeSetup.Method(intType, "as_integer_ratio", (a, k) => IntNoArgs(a, k, "as_integer_ratio", v => new PyTuple([AsPlainInt(v), PyInt.Get(1)])));
        // int.is_integer is new in 3.12; harmless to offer, and agents write it.
        TypeSetup.Method(intType, "is_integer", (a, k) => IntNoArgs(a, k, "is_integer", _ => PyBool.True));
        RegisterFloat(floatType);
    }

    private static PyObject IntSelf(PyObject[] args, string name)
    {
        var self = MethodArgs.Self<PyObject>(args, PyTypes.Int, name);
        return self;
    }

    private static PyObject IntNoArgs(PyObject[] args, KeywordArgs? kwargs, string name, Func<PyObject, PyObject> body)
    {
        var self = IntSelf(args, name);
        NativeArgs.NoKeywords("int." + name, kwargs);
        NativeArgs.MethodCount("int." + name, args, 0, 0);
        return body(self);
    }

    /// <summary>The int value with bool-ness dropped (True.conjugate() is 1).</summary>
    private static PyObject AsPlainInt(PyObject v) => v is PyBool b ? PyInt.Get(b.Value) : v;

    private static PyObject BitLength(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = IntSelf(args, "bit_length");
        NativeArgs.NoKeywords("int.bit_length", kwargs);
        NativeArgs.MethodCount("int.bit_length", args, 0, 0);
        if (self is PyInt i) return PyInt.Get(64 - BitOperations.LeadingZeroCount(Magnitude(i.Value)));
        return PyInt.Get(BigInteger.Abs(((PyBigInt)self).Value).GetBitLength());
    }

    private static PyObject BitCount(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = IntSelf(args, "bit_count");
        NativeArgs.NoKeywords("int.bit_count", kwargs);
        NativeArgs.MethodCount("int.bit_count", args, 0, 0);
        if (self is PyInt i) return PyInt.Get(BitOperations.PopCount(Magnitude(i.Value)));
        var bytes = BigInteger.Abs(((PyBigInt)self).Value).ToByteArray(isUnsigned: true);
        var n = 0L;
        foreach (var b in bytes) n += BitOperations.PopCount(b);
        return PyInt.Get(n);
    }

    /// <summary>|v| as unsigned, correct for long.MinValue.</summary>
    private static ulong Magnitude(long v) => v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v;

    private static readonly string[] ToBytesNames = ["length", "byteorder", "signed"];
    private static readonly string[] FromBytesNames = ["bytes", "byteorder", "signed"];

    private static PyObject ToBytes(PyObject[] args, KeywordArgs? kwargs)
    {
        var self = IntSelf(args, "to_bytes");
        var p = MethodArgs.Parse("to_bytes", args, 1, kwargs, ToBytesNames, 2, 0);
        var length = p[0] is null ? 1 : MethodArgs.SsizeT(p[0]!);
        var little = ByteOrder("to_bytes", p[1]);
        var signed = p[2] is not null && Ops.Truthy(p[2]!);
        if (length < 0) throw PyErrors.ValueError("length argument must be non-negative");
        var value = Numbers.ToBig(self);
        if (!signed && value.Sign < 0) throw PyErrors.OverflowError("can't convert negative int to unsigned");
        Budget.ChargeString(length);
        var raw = value.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        // ToByteArray is minimal: strip a redundant sign byte for the unsigned case, then check fit.
        var needed = raw.Length;
        if (!signed && needed > 1 && raw[needed - 1] == 0) needed--;
        if (value.IsZero) needed = 0;
        if (needed > length) throw PyErrors.OverflowError("int too big to convert");
        var result = new byte[length];
        var fill = (byte)(value.Sign < 0 ? 0xFF : 0);
        for (var i = 0; i < length; i++) result[i] = i < raw.Length ? raw[i] : fill;
        if (!little) Array.Reverse(result);
        return new PyBytes(result);
    }

    private static bool ByteOrder(string fname, PyObject? o)
    {
        if (o is null) return false;
        if (o is not PyStr s) throw PyErrors.TypeError($"{fname}() argument 'byteorder' must be str, not {MethodArgs.TypeNameOf(o)}");
        return s.Value switch
        {
            "little" => true,
            "big" => false,
            _ => throw PyErrors.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }

    /// <summary>int.from_bytes(bytes, byteorder='big', *, signed=False); no receiver.</summary>
    public static PyObject FromBytes(PyObject[] args, KeywordArgs? kwargs)
    {
        var p = MethodArgs.Parse("from_bytes", args, 0, kwargs, FromBytesNames, 2, 1);
        var data = BytesOf(p[0]!);
        var little = ByteOrder("from_bytes", p[1]);
        var signed = p[2] is not null && Ops.Truthy(p[2]!);
        if (data.Length == 0) return PyInt.Get(0);
        Budget.ChargeBigInt(data.Length * 8L);
        return PyInt.From(new BigInteger(data, isUnsigned: !signed, isBigEndian: !little));
    }

    /// <summary>bytes(x) for from_bytes: bytes as they are, an iterable of ints in range(256) otherwise.</summary>
    private static byte[] BytesOf(PyObject o)
    {
        if (o is PyBytes b) return b.Value;
        if (o is PyStr || o is PyInt || o is PyBigInt || o is PyFloat || ReferenceEquals(o, PySingleton.None))
            throw PyErrors.TypeError($"cannot convert '{o.Type.Name}' object to bytes");
        var items = Iteration.AsReadOnlyList(o);
        var result = new byte[items.Count];
        for (var i = 0; i < items.Count; i++) result[i] = ByteValue(items[i]);
        return result;
    }

    /// <summary>One element of bytes(iterable): an int in range(256).</summary>
    internal static byte ByteValue(PyObject o)
    {
        if (o is PyInt i)
        {
            if (i.Value is < 0 or > 255) throw PyErrors.ValueError("bytes must be in range(0, 256)");
            return (byte)i.Value;
        }
        if (o is PyBigInt) throw PyErrors.ValueError("bytes must be in range(0, 256)");
        throw PyErrors.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }
}
