using System.Globalization;
using System.Text;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Builtins;

/// <summary>The codecs str(bytes, encoding) and bytes(str, encoding) need: utf-8, ascii and
/// latin-1 with the strict, ignore and replace handlers, raising CPython's Unicode errors.
/// Interim: the str branch's str.encode/bytes.decode may bring a fuller version to keep.</summary>
internal static class TextCodecs
{
    /// <summary>The canonical codec name ("utf-8", "ascii", "latin-1") or a LookupError.</summary>
    public static string Normalize(string encoding)
    {
        var key = encoding.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        return key switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "cp65001" => "utf-8",
            "ascii" or "us_ascii" or "646" => "ascii",
            "latin_1" or "latin1" or "latin" or "l1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819" or "iso_ir_100" => "latin-1",
            _ => throw PyErrors.New(ExceptionTypes.LookupError, $"unknown encoding: {encoding}"),
        };
    }

    public static string Decode(byte[] data, string encoding, string errors)
    {
        var codec = Normalize(encoding);
        return codec switch
        {
            "utf-8" => DecodeUtf8(data, errors),
            "ascii" => DecodeAscii(data, errors),
            _ => Latin1(data),
        };
    }

    public static byte[] Encode(string text, string encoding, string errors)
    {
        var codec = Normalize(encoding);
        var limit = codec switch { "ascii" => 128, "latin-1" => 256, _ => 0x110000 };
        var output = new List<byte>(text.Length);
        var position = 0; // in code points, as CPython reports it
        for (var i = 0; i < text.Length; position++)
        {
            int cp = text[i];
            var width = 1;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                width = 2;
            }
            var lone = char.IsSurrogate(text[i]) && width == 1;
            if (cp < limit && !lone)
            {
                if (codec == "utf-8") AppendUtf8(output, cp);
                else output.Add((byte)cp);
                i += width;
                continue;
            }
            // Unencodable: CPython reports the whole run of unencodable characters.
            var runStart = position;
            var j = i;
            var runEnd = position;
            while (j < text.Length)
            {
                int c = text[j];
                var w = 1;
                if (char.IsHighSurrogate(text[j]) && j + 1 < text.Length && char.IsLowSurrogate(text[j + 1]))
                {
                    c = char.ConvertToUtf32(text[j], text[j + 1]);
                    w = 2;
                }
                var bad = (char.IsSurrogate(text[j]) && w == 1) || c >= limit;
                if (!bad) break;
                j += w;
                runEnd++;
            }
            switch (errors)
            {
                case "strict":
                    var reason = codec == "utf-8" ? "surrogates not allowed" : $"ordinal not in range({limit})";
                    var what = runEnd - runStart == 1
                        ? $"character '{Escape(cp)}' in position {runStart}"
                        : $"characters in position {runStart}-{runEnd - 1}";
                    throw PyErrors.New(ExceptionTypes.UnicodeEncodeError, $"'{codec}' codec can't encode {what}: {reason}");
                case "ignore":
                    break;
                case "replace":
                    for (var k = runStart; k < runEnd; k++) output.Add((byte)'?');
                    break;
                default:
                    throw PyErrors.New(ExceptionTypes.LookupError, $"unknown error handler name '{errors}'");
            }
            position = runEnd - 1;
            i = j;
        }
        return output.ToArray();
    }

    private static string Escape(int cp) =>
        cp < 0x100 ? "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture)
        : cp < 0x10000 ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
        : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture);

    private static void AppendUtf8(List<byte> output, int cp)
    {
        if (cp < 0x80)
        {
            output.Add((byte)cp);
        }
        else if (cp < 0x800)
        {
            output.Add((byte)(0xC0 | (cp >> 6)));
            output.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else if (cp < 0x10000)
        {
            output.Add((byte)(0xE0 | (cp >> 12)));
            output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            output.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else
        {
            output.Add((byte)(0xF0 | (cp >> 18)));
            output.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
            output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            output.Add((byte)(0x80 | (cp & 0x3F)));
        }
    }

    private static string Latin1(byte[] data)
    {
        var chars = new char[data.Length];
        for (var i = 0; i < data.Length; i++) chars[i] = (char)data[i];
        return new string(chars);
    }

    private static string DecodeAscii(byte[] data, string errors)
    {
        var sb = new StringBuilder(data.Length);
        for (var i = 0; i < data.Length; i++)
        {
            if (data[i] < 128) sb.Append((char)data[i]);
            else HandleDecodeError(sb, errors, "ascii", data, i, i + 1, "ordinal not in range(128)");
        }
        return sb.ToString();
    }

    /// <summary>UTF-8 decoding that reports errors as CPython does: the maximal invalid
    /// subsequence, "invalid start byte", "invalid continuation byte", "unexpected end of data".</summary>
    private static string DecodeUtf8(byte[] data, string errors)
    {
        var sb = new StringBuilder(data.Length);
        var i = 0;
        while (i < data.Length)
        {
            var b = data[i];
            if (b < 0x80)
            {
                sb.Append((char)b);
                i++;
                continue;
            }
            int need, cp;
            byte lo = 0x80, hi = 0xBF;
            if (b is >= 0xC2 and <= 0xDF)
            {
                need = 1;
                cp = b & 0x1F;
            }
            else if (b is >= 0xE0 and <= 0xEF)
            {
                need = 2;
                cp = b & 0x0F;
                if (b == 0xE0) lo = 0xA0;
                if (b == 0xED) hi = 0x9F;
            }
            else if (b is >= 0xF0 and <= 0xF4)
            {
                need = 3;
                cp = b & 0x07;
                if (b == 0xF0) lo = 0x90;
                if (b == 0xF4) hi = 0x8F;
            }
            else
            {
                HandleDecodeError(sb, errors, "utf-8", data, i, i + 1, "invalid start byte");
                i++;
                continue;
            }
            var j = i + 1;
            var ok = true;
            for (var k = 0; k < need; k++, j++)
            {
                if (j >= data.Length)
                {
                    HandleDecodeError(sb, errors, "utf-8", data, i, data.Length, "unexpected end of data");
                    return sb.ToString();
                }
                var c = data[j];
                var min = k == 0 ? lo : (byte)0x80;
                var max = k == 0 ? hi : (byte)0xBF;
                if (c < min || c > max)
                {
                    HandleDecodeError(sb, errors, "utf-8", data, i, j, "invalid continuation byte");
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (!ok)
            {
                i = j;
                continue;
            }
            sb.Append(char.ConvertFromUtf32(cp));
            i = j;
        }
        return sb.ToString();
    }

    private static void HandleDecodeError(StringBuilder sb, string errors, string codec, byte[] data, int start, int end, string reason)
    {
        switch (errors)
        {
            case "strict":
                var what = end - start == 1
                    ? $"byte 0x{data[start]:x2} in position {start}"
                    : $"bytes in position {start}-{end - 1}";
                throw PyErrors.New(ExceptionTypes.UnicodeDecodeError, $"'{codec}' codec can't decode {what}: {reason}");
            case "ignore":
                return;
            case "replace":
                sb.Append('\uFFFD');
                return;
            default:
                throw PyErrors.New(ExceptionTypes.LookupError, $"unknown error handler name '{errors}'");
        }
    }

    /// <summary>Text of a str argument for encoding/errors, with str()'s and bytes()' wording.</summary>
    public static string ArgText(string fname, string argName, PyObject o) =>
        o is PyStr s ? s.Value : throw PyErrors.TypeError($"{fname}() argument '{argName}' must be str, not {MethodArgs.TypeNameOf(o)}");
}
