using System.Globalization;
using System.Text;
using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

internal static partial class Codecs
{
    public static string Decode(PyBytes obj, Codec codec, string errors)
    {
        var bytes = obj.Value.AsSpan();
        switch (codec)
        {
            case Codec.Latin1:
                Budget.ChargeString(bytes.Length);
                return Encoding.Latin1.GetString(bytes);
            case Codec.Ascii:
                if (bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7f) < 0)
                {
                    Budget.ChargeString(bytes.Length);
                    return Encoding.ASCII.GetString(bytes);
                }
                return DecodeSlow(obj, 0, codec, errors);
            default:
                var skip = codec == Codec.Utf8Sig && bytes.StartsWith(Bom) ? 3 : 0;
                if (System.Text.Unicode.Utf8.IsValid(bytes[skip..]))
                {
                    var count = Encoding.UTF8.GetCharCount(bytes[skip..]);
                    Budget.ChargeString(count);
                    return Encoding.UTF8.GetString(bytes[skip..]);
                }
                return DecodeSlow(obj, skip, codec, errors);
        }
    }

    private static string DecodeSlow(PyBytes obj, int from, Codec codec, string errors)
    {
        var bytes = obj.Value;
        var handler = ParseErrors(errors);
        // Output is at most one char per input byte, except backslashreplace (4 per byte).
        var output = new CharBuffer(bytes.Length);
        try
        {
            var i = from;
            while (i < bytes.Length)
            {
                var b = bytes[i];
                if (b < 0x80)
                {
                    output.Append((char)b);
                    i++;
                    continue;
                }
                int end;
                string reason;
                if (codec == Codec.Ascii)
                {
                    end = i + 1;
                    reason = "ordinal not in range(128)";
                }
                else
                {
                    var length = Utf8Sequence(bytes, i, out reason);
                    if (length > 0)
                    {
                        output.AppendCodePoint(Utf8CodePoint(bytes, i, length));
                        i += length;
                        continue;
                    }
                    end = -length;
                }
                i = HandleDecodeError(obj, codec, errors, handler, i, end, reason, ref output);
            }
            return output.Finish();
        }
        finally
        {
            output.Dispose();
        }
    }

    /// <summary>Validates the UTF-8 sequence at i like CPython's decoder. Returns its length when
    /// valid, else minus the end of the invalid range, with the reason CPython reports.</summary>
    private static int Utf8Sequence(byte[] s, int i, out string reason)
    {
        var ch = s[i];
        var left = s.Length - i;
        reason = "invalid continuation byte";
        if (ch < 0xC2 || ch >= 0xF5)
        {
            reason = "invalid start byte";
            return -(i + 1);
        }
        if (ch < 0xE0)
        {
            if (left < 2) return EndOfData(s, out reason);
            return IsContinuation(s[i + 1]) ? 2 : -(i + 1);
        }
        if (ch < 0xF0)
        {
            if (left < 2) return EndOfData(s, out reason);
            var ch2 = s[i + 1];
            if (!IsContinuation(ch2) || (ch2 < 0xA0 ? ch == 0xE0 : ch == 0xED)) return -(i + 1);
            if (left < 3) return EndOfData(s, out reason);
            return IsContinuation(s[i + 2]) ? 3 : -(i + 2);
        }
        {
            if (left < 2) return EndOfData(s, out reason);
            var ch2 = s[i + 1];
            if (!IsContinuation(ch2) || (ch2 < 0x90 ? ch == 0xF0 : ch == 0xF4)) return -(i + 1);
            if (left < 3) return EndOfData(s, out reason);
            if (!IsContinuation(s[i + 2])) return -(i + 2);
            if (left < 4) return EndOfData(s, out reason);
            return IsContinuation(s[i + 3]) ? 4 : -(i + 3);
        }
    }

    private static int EndOfData(byte[] s, out string reason)
    {
        reason = "unexpected end of data";
        return -s.Length;
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;

    private static int Utf8CodePoint(byte[] s, int i, int length) => length switch
    {
        2 => ((s[i] & 0x1F) << 6) | (s[i + 1] & 0x3F),
        3 => ((s[i] & 0x0F) << 12) | ((s[i + 1] & 0x3F) << 6) | (s[i + 2] & 0x3F),
        _ => ((s[i] & 0x07) << 18) | ((s[i + 1] & 0x3F) << 12) | ((s[i + 2] & 0x3F) << 6) | (s[i + 3] & 0x3F),
    };

    /// <summary>Applies the error handler to bytes [start, end); returns where decoding resumes.</summary>
    private static int HandleDecodeError(PyBytes obj, Codec codec, string errors, ErrorHandler handler, int start, int end,
        string reason, ref CharBuffer output)
    {
        var bytes = obj.Value;
        switch (handler)
        {
            case ErrorHandler.Ignore:
                return end;
            case ErrorHandler.Replace:
                output.Append('\uFFFD');
                return end;
            case ErrorHandler.BackslashReplace:
                for (var k = start; k < end; k++) output.Append("\\x" + bytes[k].ToString("x2", CultureInfo.InvariantCulture));
                return end;
            case ErrorHandler.SurrogateEscape:
                for (var k = start; k < end; k++) output.Append((char)(0xDC00 + bytes[k]));
                return end;
            case ErrorHandler.SurrogatePass when codec != Codec.Ascii && start + 3 <= bytes.Length
                                                 && bytes[start] == 0xED && (bytes[start + 1] & 0xE0) == 0xA0
                                                 && IsContinuation(bytes[start + 2]):
                output.Append((char)Utf8CodePoint(bytes, start, 3));
                return start + 3;
            case ErrorHandler.XmlCharRefReplace or ErrorHandler.NameReplace:
                throw PyErrors.TypeError("don't know how to handle UnicodeDecodeError in error callback");
            case ErrorHandler.Unknown:
                throw UnknownHandler(errors);
            default:
                throw DecodeError(obj, codec, start, end, reason);
        }
    }

    private static PyException DecodeError(PyBytes obj, Codec codec, int start, int end, string reason)
    {
        var name = ErrorName(codec);
        var message = end - start == 1
            ? $"'{name}' codec can't decode byte 0x{obj.Value[start]:x2} in position {start}: {reason}"
            : $"'{name}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        return UnicodeError(ExceptionTypes.UnicodeDecodeError, name, obj, start, end, reason, message);
    }
}
