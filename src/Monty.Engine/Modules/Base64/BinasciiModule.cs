using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Base64;

/// <summary>binascii: its Error type and the conversions scripts reach for next to base64.</summary>
internal static class BinasciiModule
{
    public static PyModule Create()
    {
        var m = new PyModule("binascii");
        m.Dict["Error"] = ModuleErrors.BinasciiError;
        Add(m, "hexlify", (a, k) => new PyBytes(System.Text.Encoding.ASCII.GetBytes(Convert.ToHexStringLower(Data(a, k, "hexlify")))));
        Add(m, "b2a_hex", (a, k) => new PyBytes(System.Text.Encoding.ASCII.GetBytes(Convert.ToHexStringLower(Data(a, k, "b2a_hex")))));
        Add(m, "unhexlify", (a, k) => new PyBytes(Unhex(Data(a, k, "unhexlify"))));
        Add(m, "a2b_hex", (a, k) => new PyBytes(Unhex(Data(a, k, "a2b_hex"))));
        Add(m, "b2a_base64", (a, k) => new PyBytes([.. Base64Codec.Encode64(Data(a, k, "b2a_base64")), (byte)'\n']));
        Add(m, "a2b_base64", (a, k) => new PyBytes(Base64Codec.Decode64(Data(a, k, "a2b_base64"), false)));
        Add(m, "crc32", (a, k) =>
        {
            var v = MethodArgs.Parse("crc32", a, 0, k, ["data", "crc"], 2, 1);
            var crc = v[1] is null ? 0u : (uint)(Numbers.ToBig(v[1]!) & uint.MaxValue);
            return PyInt.Get(Crc32(ModuleTypes.Bytes(v[0]!), crc));
        });
        return m;
    }

    private static void Add(PyModule m, string name, NativeFunction fn) => m.Dict[name] = new PyBuiltinFunction(name, fn);

    /// <summary>The data argument; decoders (a2b_*, unhexlify) also take ASCII str, as CPython's do.</summary>
    private static byte[] Data(PyObject[] a, KeywordArgs? k, string name)
    {
        var v = MethodArgs.Parse(name, a, 0, k, ["data"], 1, 1)[0]!;
        var decoder = name.StartsWith("a2b", StringComparison.Ordinal) || name == "unhexlify";
        if (decoder && v is PyStr s)
        {
            if (s.Value.Any(c => c > 127)) throw PyErrors.ValueError("string argument should contain only ASCII characters");
            return System.Text.Encoding.ASCII.GetBytes(s.Value);
        }
        return ModuleTypes.Bytes(v);
    }

    private static byte[] Unhex(byte[] data)
    {
        if (data.Length % 2 != 0) throw ModuleErrors.Binascii("Odd-length string");
        foreach (var c in data)
            if (!Uri.IsHexDigit((char)c)) throw ModuleErrors.Binascii("Non-hexadecimal digit found");
        return Convert.FromHexString(System.Text.Encoding.ASCII.GetString(data));
    }

    /// <summary>zlib's CRC-32, continuing from a previous value like binascii.crc32(data, crc).</summary>
    private static long Crc32(byte[] data, uint crc)
    {
        var c = ~crc;
        foreach (var b in data)
        {
            c ^= b;
            for (var i = 0; i < 8; i++) c = (c & 1) != 0 ? (c >> 1) ^ 0xEDB88320u : c >> 1;
        }
        return ~c;
    }
}
