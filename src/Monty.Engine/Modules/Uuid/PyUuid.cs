using System.Numerics;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Uuid;

/// <summary>uuid.UUID: an immutable 128-bit value with CPython's field views.</summary>
internal sealed class PyUuid(BigInteger value) : PyNativeValue
{
    public BigInteger Value { get; } = value;

    public override PyType Type => UuidModule.UuidType;

    public static readonly BigInteger Limit = BigInteger.One << 128;

    public string Hex => Value.ToString("x32")[^32..];

    public byte[] Bytes
    {
        get
        {
            var raw = Value.ToByteArray(isUnsigned: true, isBigEndian: true);
            var bytes = new byte[16];
            raw.CopyTo(bytes, 16 - raw.Length);
            return bytes;
        }
    }

    public override string StrText()
    {
        var h = Hex;
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..]}";
    }

    public override string ReprText() => $"UUID('{StrText()}')";

    public override long HashValue() => Hashing.HashBig(Value);

    public override bool? EqualsValue(PyObject other) => other is PyUuid u ? u.Value == Value : null;

    public override int? CompareTo(PyObject other) => other is PyUuid u ? Value.CompareTo(u.Value) : null;

    public override PyObject? ToInt() => PyInt.From(Value);

    private long Bits(int shift, int width) => (long)((Value >> shift) & ((BigInteger.One << width) - 1));

    public string Variant
    {
        get
        {
            if ((Value & (new BigInteger(0x8000) << 48)).IsZero) return "reserved for NCS compatibility";
            if ((Value & (new BigInteger(0x4000) << 48)).IsZero) return "specified in RFC 4122";
            if ((Value & (new BigInteger(0x2000) << 48)).IsZero) return "reserved for Microsoft compatibility";
            return "reserved for future definition";
        }
    }

    public override PyObject? Attribute(string name)
    {
        switch (name)
        {
            case "int": return PyInt.From(Value);
            case "hex": return PyStr.Of(Hex);
            case "urn": return PyStr.Of("urn:uuid:" + StrText());
            case "bytes": return new PyBytes(Bytes);
            case "bytes_le":
                {
                    var b = Bytes;
                    return new PyBytes([b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], .. b[8..]]);
                }
            case "time_low": return PyInt.Get(Bits(96, 32));
            case "time_mid": return PyInt.Get(Bits(80, 16));
            case "time_hi_version": return PyInt.Get(Bits(64, 16));
            case "clock_seq_hi_variant": return PyInt.Get(Bits(56, 8));
            case "clock_seq_low": return PyInt.Get(Bits(48, 8));
            case "node": return PyInt.Get(Bits(0, 48));
            case "time": return PyInt.Get((Bits(64, 12) << 48) | (Bits(80, 16) << 32) | Bits(96, 32));
            case "clock_seq": return PyInt.Get((Bits(56, 6) << 8) | Bits(48, 8));
            case "fields":
                return PyTuple.Of(PyInt.Get(Bits(96, 32)), PyInt.Get(Bits(80, 16)), PyInt.Get(Bits(64, 16)),
                    PyInt.Get(Bits(56, 8)), PyInt.Get(Bits(48, 8)), PyInt.Get(Bits(0, 48)));
            case "variant": return PyStr.Of(Variant);
            case "version": return Variant == "specified in RFC 4122" ? PyInt.Get(Bits(76, 4)) : PySingleton.None;
            default: return null;
        }
    }
}
