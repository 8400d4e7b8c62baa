using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Base64;

/// <summary>The base64 module: standard, URL-safe, base32 and base16 encodings.</summary>
internal static class Base64Module
{
    public static PyModule Create()
    {
        var m = new PyModule("base64");
        Add(m, "b64encode", (a, k) =>
        {
            var v = MethodArgs.Parse("b64encode", a, 0, k, ["s", "altchars"], 2, 1);
            var encoded = Base64Codec.Encode64(ModuleTypes.Bytes(v[0]!));
            return new PyBytes(v[1] is null or PySingleton ? encoded : Translate(encoded, "+/", AltChars(v[1]!)));
        });
        Add(m, "b64decode", (a, k) =>
        {
            var v = MethodArgs.Parse("b64decode", a, 0, k, ["s", "altchars", "validate"], 3, 1);
            var data = DecodeInput(v[0]!);
            if (v[1] is not null and not PySingleton) data = Translate(data, AltChars(v[1]!), "+/");
            return new PyBytes(Base64Codec.Decode64(data, v[2] is not null && Ops.Truthy(v[2]!)));
        });
        Add(m, "standard_b64encode", (a, k) => new PyBytes(Base64Codec.Encode64(One(a, k, "standard_b64encode"))));
        Add(m, "standard_b64decode", (a, k) => new PyBytes(Base64Codec.Decode64(DecodeInput(OneObject(a, k, "standard_b64decode")), false)));
        Add(m, "urlsafe_b64encode", (a, k) =>
            new PyBytes(Translate(Base64Codec.Encode64(One(a, k, "urlsafe_b64encode")), "+/", "-_"u8.ToArray())));
        Add(m, "urlsafe_b64decode", (a, k) =>
            new PyBytes(Base64Codec.Decode64(Translate(DecodeInput(OneObject(a, k, "urlsafe_b64decode")), "-_"u8.ToArray(), "+/"), false)));
        Add(m, "encodebytes", (a, k) => new PyBytes(EncodeLines(One(a, k, "encodebytes"))));
        Add(m, "decodebytes", (a, k) => new PyBytes(Base64Codec.Decode64(One(a, k, "decodebytes"), false)));
        Add(m, "b32encode", (a, k) => new PyBytes(Base64Codec.Encode32(One(a, k, "b32encode"), false)));
        Add(m, "b32hexencode", (a, k) => new PyBytes(Base64Codec.Encode32(One(a, k, "b32hexencode"), true)));
        Add(m, "b32decode", (a, k) =>
        {
            var v = MethodArgs.Parse("b32decode", a, 0, k, ["s", "casefold", "map01"], 3, 1);
            byte? map01 = v[2] is null or PySingleton ? null : DecodeInput(v[2]!) is { Length: 1 } one ? one[0]
                : throw PyErrors.New(ExceptionTypes.AssertionError, "");
            return new PyBytes(Base64Codec.Decode32(DecodeInput(v[0]!), v[1] is not null && Ops.Truthy(v[1]!), map01, false));
        });
        Add(m, "b32hexdecode", (a, k) =>
        {
            var v = MethodArgs.Parse("b32hexdecode", a, 0, k, ["s", "casefold"], 2, 1);
            return new PyBytes(Base64Codec.Decode32(DecodeInput(v[0]!), v[1] is not null && Ops.Truthy(v[1]!), null, true));
        });
        Add(m, "b16encode", (a, k) => new PyBytes(Base64Codec.Encode16(One(a, k, "b16encode"))));
        Add(m, "b16decode", (a, k) =>
        {
            var v = MethodArgs.Parse("b16decode", a, 0, k, ["s", "casefold"], 2, 1);
            return new PyBytes(Base64Codec.Decode16(DecodeInput(v[0]!), v[1] is not null && Ops.Truthy(v[1]!)));
        });
        return m;
    }

    private static void Add(PyModule m, string name, NativeFunction fn) => m.Dict[name] = new PyBuiltinFunction(name, fn);

    private static PyObject OneObject(PyObject[] a, KeywordArgs? k, string name) => MethodArgs.Parse(name, a, 0, k, ["s"], 1, 1)[0]!;

    private static byte[] One(PyObject[] a, KeywordArgs? k, string name) => ModuleTypes.Bytes(OneObject(a, k, name));

    /// <summary>Decoders take bytes or an ASCII-only str, as base64._bytes_from_decode_data does.</summary>
    private static byte[] DecodeInput(PyObject o)
    {
        switch (o)
        {
            case PyBytes b:
                return b.Value;
            case PyStr s:
                var bytes = new byte[s.Value.Length];
                for (var i = 0; i < bytes.Length; i++)
                {
                    if (s.Value[i] > 127) throw PyErrors.ValueError("string argument should contain only ASCII characters");
                    bytes[i] = (byte)s.Value[i];
                }
                return bytes;
            default:
                throw PyErrors.TypeError($"argument should be a bytes-like object or ASCII string, not '{o.Type.Name}'");
        }
    }

    private static byte[] AltChars(PyObject o)
    {
        var alt = DecodeInput(o);
        if (alt.Length != 2) throw PyErrors.New(ExceptionTypes.AssertionError, Repr.Of(o));
        return alt;
    }

    private static byte[] Translate(byte[] data, ReadOnlySpan<byte> from, ReadOnlySpan<byte> to)
    {
        var result = (byte[])data.Clone();
        for (var i = 0; i < result.Length; i++)
        {
            var at = from.IndexOf(result[i]);
            if (at >= 0) result[i] = to[at];
        }
        return result;
    }

    private static byte[] Translate(byte[] data, string from, ReadOnlySpan<byte> to) => Translate(data, System.Text.Encoding.ASCII.GetBytes(from), to);

    private static byte[] Translate(byte[] data, ReadOnlySpan<byte> from, string to) => Translate(data, from, System.Text.Encoding.ASCII.GetBytes(to));

    /// <summary>encodebytes: base64 in lines of 76 characters, each ending with a newline.</summary>
    private static byte[] EncodeLines(byte[] data)
    {
        var output = new List<byte>();
        for (var i = 0; i < data.Length; i += 57)
        {
            output.AddRange(Base64Codec.Encode64(data[i..Math.Min(i + 57, data.Length)]));
            output.Add((byte)'\n');
        }
        return output.ToArray();
    }
}
