using System.Globalization;
using System.Text;
using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

internal static partial class Codecs
{
    public static byte[] Encode(PyStr str, Codec codec, string errors)
    {
        var s = str.Value;
        switch (codec)
        {
            case Codec.Utf8 or Codec.Utf8Sig:
                {
                    var bom = codec == Codec.Utf8Sig ? 3 : 0;
                    if (s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 || IsWellFormed(s))
                    {
                        var count = Encoding.UTF8.GetByteCount(s);
                        Budget.ChargeString(count + bom);
                        var bytes = new byte[count + bom];
                        if (bom > 0) Bom.CopyTo(bytes);
                        Encoding.UTF8.GetBytes(s, 0, s.Length, bytes, bom);
                        return bytes;
                    }
                    return EncodeSlow(str, codec, errors, 0x110000);
                }
            case Codec.Ascii:
                return s.AsSpan().IndexOfAnyExceptInRange('\0', '\x7f') < 0 ? Narrow(s) : EncodeSlow(str, codec, errors, 0x80);
            default:
                return s.AsSpan().IndexOfAnyExceptInRange('\0', '\xff') < 0 ? Narrow(s) : EncodeSlow(str, codec, errors, 0x100);
        }
    }

    private static byte[] Narrow(string s)
    {
        Budget.ChargeString(s.Length);
        var bytes = new byte[s.Length];
        for (var i = 0; i < s.Length; i++) bytes[i] = (byte)s[i];
        return bytes;
    }

    private static bool IsWellFormed(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(c)) return false;
        }
        return true;
    }

    /// <summary>Reads the code point at i (a lone surrogate is its own code point).</summary>
    private static int CodePointAt(string s, int i, out int width)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        width = 1;
        return c;
    }

    /// <summary>Encodes with unencodable characters: for ascii/latin-1 those at or above limit,
    /// for UTF-8 (limit 0x110000) lone surrogates. Runs of them are handled together, as CPython does.</summary>
    private static byte[] EncodeSlow(PyStr str, Codec codec, string errors, int limit)
    {
        var s = str.Value;
        var handler = ParseErrors(errors);
        var output = new List<byte>(s.Length + 8);
        if (codec == Codec.Utf8Sig) output.AddRange(Bom);
        Span<byte> utf8 = stackalloc byte[4];
        var cpIndex = 0;
        for (var i = 0; i < s.Length;)
        {
            var cp = CodePointAt(s, i, out var width);
            if (!Unencodable(cp, limit))
            {
                if (cp < 0x80 || limit <= 0x100) output.Add((byte)cp);
                else
                {
                    var n = new Rune(cp).EncodeToUtf8(utf8);
                    for (var k = 0; k < n; k++) output.Add(utf8[k]);
                }
                i += width;
                cpIndex++;
                continue;
            }
            // Collect the run of unencodable code points [runStart, runEnd).
            var runStartOffset = i;
            var runStart = cpIndex;
            var j = i;
            while (j < s.Length)
            {
                var c = CodePointAt(s, j, out var w);
                if (!Unencodable(c, limit)) break;
                j += w;
                cpIndex++;
            }
            HandleEncodeRun(str, codec, errors, handler, limit, runStartOffset, j, runStart, cpIndex, output);
            i = j;
        }
        Budget.ChargeString(output.Count);
        return output.ToArray();
    }

    private static bool Unencodable(int cp, int limit) =>
        limit == 0x110000 ? cp is >= 0xD800 and <= 0xDFFF : cp >= limit;

    private static void HandleEncodeRun(PyStr str, Codec codec, string errors, ErrorHandler handler, int limit,
        int from, int to, int cpStart, int cpEnd, List<byte> output)
    {
        var s = str.Value;
        var cpIndex = cpStart;
        for (var i = from; i < to;)
        {
            var cp = CodePointAt(s, i, out var width);
            switch (handler)
            {
                case ErrorHandler.Ignore:
                    break;
                case ErrorHandler.Replace:
                    output.Add((byte)'?');
                    break;
                case ErrorHandler.XmlCharRefReplace:
                    AddAscii(output, "&#" + cp.ToString(CultureInfo.InvariantCulture) + ";");
                    break;
                case ErrorHandler.BackslashReplace:
                    AddAscii(output, Escape(cp));
                    break;
                case ErrorHandler.SurrogateEscape when cp is >= 0xDC80 and <= 0xDCFF:
                    output.Add((byte)(cp - 0xDC00));
                    break;
                case ErrorHandler.SurrogatePass when limit == 0x110000:
                    output.Add((byte)(0xE0 | (cp >> 12)));
                    output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                    output.Add((byte)(0x80 | (cp & 0x3F)));
                    break;
                case ErrorHandler.NameReplace when limit < 0x110000:
                    throw PyErrors.Unsupported("the 'namereplace' error handler");
                case ErrorHandler.NameReplace:
                    AddAscii(output, Escape(cp)); // surrogates have no name: CPython escapes them
                    break;
                case ErrorHandler.Unknown:
                    throw UnknownHandler(errors);
                default:
                    // strict, and handlers that cannot handle this character: raise for the rest of the run.
                    throw EncodeError(str, codec, limit, cp, cpIndex, cpEnd);
            }
            i += width;
            cpIndex++;
        }
    }

    private static void AddAscii(List<byte> output, string text)
    {
        foreach (var c in text) output.Add((byte)c);
    }

    /// <summary>\xNN, \uNNNN or \UNNNNNNNN, as backslashreplace and error messages write code points.</summary>
    public static string Escape(int cp) =>
        cp < 0x100 ? "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture)
        : cp < 0x10000 ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
        : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);

    private static PyException EncodeError(PyStr str, Codec codec, int limit, int firstCodePoint, int start, int end)
    {
        var name = ErrorName(codec);
        var reason = limit == 0x110000 ? "surrogates not allowed" : $"ordinal not in range({limit})";
        string message;
        if (end - start == 1)
        {
            message = $"'{name}' codec can't encode character '{Escape(firstCodePoint)}' in position {start}: {reason}";
        }
        else
        {
            message = $"'{name}' codec can't encode characters in position {start}-{end - 1}: {reason}";
        }
        return UnicodeError(ExceptionTypes.UnicodeEncodeError, name, str, start, end, reason, message);
    }
}
