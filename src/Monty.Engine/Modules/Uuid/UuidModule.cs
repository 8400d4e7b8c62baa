using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Uuid;

/// <summary>The uuid module: UUID, name-based uuid3/uuid5, and uuid4 from the host's entropy grant.
/// uuid1 would reveal the host's MAC address and clock, so it is refused.</summary>
internal static class UuidModule
{
    public static readonly PyType UuidType = new("UUID", PyTypes.Object) { Module = "uuid" };

    public static PyType[] Types => [UuidType];

    private static readonly string[] Names = ["hex", "bytes", "bytes_le", "fields", "int", "version", "is_safe"];

    static UuidModule()
    {
        UuidType.Constructor = (_, args, kw) => New(MethodArgs.Parse("UUID", args, 0, kw, Names, 6, 0));
    }

    public static PyModule Create()
    {
        var m = new PyModule("uuid");
        m.Dict["UUID"] = UuidType;
        m.Dict["NAMESPACE_DNS"] = Parse("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
        m.Dict["NAMESPACE_URL"] = Parse("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
        m.Dict["NAMESPACE_OID"] = Parse("6ba7b812-9dad-11d1-80b4-00c04fd430c8");
        m.Dict["NAMESPACE_X500"] = Parse("6ba7b814-9dad-11d1-80b4-00c04fd430c8");
        m.Dict["RESERVED_NCS"] = PyStr.Of("reserved for NCS compatibility");
        m.Dict["RFC_4122"] = PyStr.Of("specified in RFC 4122");
        m.Dict["RESERVED_MICROSOFT"] = PyStr.Of("reserved for Microsoft compatibility");
        m.Dict["RESERVED_FUTURE"] = PyStr.Of("reserved for future definition");
        Add(m, "uuid3", (a, k) => NameBased(a, k, "uuid3", 3));
        Add(m, "uuid5", (a, k) => NameBased(a, k, "uuid5", 5));
        Add(m, "uuid4", (a, k) =>
        {
            NativeArgs.Count("uuid4", a, 0, 0);
            return WithVersion(FromBytes(HostAccess.RandomBytes(16, "uuid.uuid4()")), 4);
        });
        Add(m, "uuid1", (a, k) =>
            throw PyErrors.NotImplemented("uuid.uuid1() is not supported by Monty: it exposes the host's clock and MAC address; use uuid4()"));
        return m;
    }

    private static void Add(PyModule m, string name, NativeFunction fn) => m.Dict[name] = new PyBuiltinFunction(name, fn);

    private static PyUuid Parse(string text) => (PyUuid)New([PyStr.Of(text), null, null, null, null, null, null]);

    private static BigInteger FromBytes(ReadOnlySpan<byte> b) => new(b, isUnsigned: true, isBigEndian: true);

    private static PyObject New(PyObject?[] v)
    {
        var given = 0;
        for (var i = 0; i < 5; i++)
            if (v[i] is not null and not PySingleton) given++;
        if (given != 1) throw PyErrors.TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given");
        BigInteger value;
        if (v[0] is { } hex and not PySingleton)
        {
            var s = NativeArgs.ExpectStr(hex, "hex").Replace("urn:", "").Replace("uuid:", "").Trim('{', '}').Replace("-", "");
            if (s.Length != 32 || !s.All(Uri.IsHexDigit)) throw PyErrors.ValueError("badly formed hexadecimal UUID string");
            value = BigInteger.Parse("0" + s, System.Globalization.NumberStyles.HexNumber);
        }
        else if (v[2] is { } le and not PySingleton)
        {
            var b = ModuleTypes.Bytes(le);
            if (b.Length != 16) throw PyErrors.ValueError("bytes_le is not a 16-char string");
            value = FromBytes([b[3], b[2], b[1], b[0], b[5], b[4], b[7], b[6], .. b[8..]]);
        }
        else if (v[1] is { } bytes and not PySingleton)
        {
            var b = ModuleTypes.Bytes(bytes);
            if (b.Length != 16) throw PyErrors.ValueError("bytes is not a 16-char string");
            value = FromBytes(b);
        }
        else if (v[3] is { } fields and not PySingleton)
        {
            var f = Iteration.ToList(fields);
            if (f.Count != 6) throw PyErrors.ValueError("fields is not a 6-tuple");
            var parts = f.Select(Numbers.ToBig).ToArray();
            int[] widths = [32, 16, 16, 8, 8, 48];
            for (var i = 0; i < 6; i++)
                if (parts[i].Sign < 0 || parts[i] >= BigInteger.One << widths[i])
                    throw PyErrors.ValueError($"field {i + 1} out of range (need a {widths[i]}-bit value)");
            value = (parts[0] << 96) | (parts[1] << 80) | (parts[2] << 64) | (parts[3] << 56) | (parts[4] << 48) | parts[5];
        }
        else
        {
            value = Numbers.ToBig(v[4]!);
            if (value.Sign < 0 || value >= PyUuid.Limit) throw PyErrors.ValueError("int is out of range (need a 128-bit value)");
        }
        if (v[5] is { } version and not PySingleton)
        {
            var n = Numbers.ToIndex(version);
            if (n is < 1 or > 5) throw PyErrors.ValueError("illegal version number");
            return WithVersion(value, (int)n);
        }
        return new PyUuid(value);
    }

    private static PyUuid WithVersion(BigInteger value, int version)
    {
        value &= ~(new BigInteger(0xc000) << 48);
        value |= new BigInteger(0x8000) << 48;
        value &= ~(new BigInteger(0xf000) << 64);
        value |= new BigInteger(version) << 76;
        return new PyUuid(value & (PyUuid.Limit - 1));
    }

    private static PyObject NameBased(PyObject[] a, KeywordArgs? k, string fname, int version)
    {
        var v = MethodArgs.Parse(fname, a, 0, k, ["namespace", "name"], 2, 2);
        if (v[0] is not PyUuid ns) throw PyErrors.AttributeError($"'{v[0]!.Type.Name}' object has no attribute 'bytes'");
        if (v[1] is not PyStr name) throw PyErrors.TypeError("encoding without a string argument");
        byte[] input = [.. ns.Bytes, .. Encoding.UTF8.GetBytes(name.Value)];
        var digest = version == 3 ? MD5.HashData(input) : SHA1.HashData(input);
        return WithVersion(FromBytes(digest.AsSpan(0, 16)), version);
    }
}
