using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>The codecs Monty supports for str.encode and bytes.decode: UTF-8 (and utf-8-sig),
/// ASCII and Latin-1, with CPython's error handlers and error messages.</summary>
internal static partial class Codecs
{
    public enum Codec { Utf8, Utf8Sig, Ascii, Latin1 }

    /// <summary>The UTF-8 byte order mark that utf-8-sig writes and skips.</summary>
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    public enum ErrorHandler { Strict, Ignore, Replace, BackslashReplace, XmlCharRefReplace, SurrogateEscape, SurrogatePass, NameReplace, Unknown }

    /// <summary>Resolves an encoding name the way CPython's encodings search function does
    /// (case-insensitive, punctuation runs collapsed to '_', aliases).</summary>
    public static Codec Lookup(string encoding)
    {
        var name = Normalize(encoding);
        switch (name)
        {
            case "utf_8" or "utf8" or "u8" or "utf" or "utf8_ucs2" or "utf8_ucs4" or "cp65001":
                return Codec.Utf8;
            case "utf_8_sig":
                return Codec.Utf8Sig;
            case "ascii" or "646" or "ansi_x3.4_1968" or "ansi_x3_4_1968" or "ansi_x3.4_1986" or "cp367" or "csascii"
                or "ibm367" or "iso646_us" or "iso_646.irv_1991" or "iso_ir_6" or "us" or "us_ascii":
                return Codec.Ascii;
            case "latin_1" or "latin1" or "latin" or "l1" or "8859" or "cp819" or "csisolatin1" or "ibm819" or "iso8859"
                or "iso8859_1" or "iso_8859_1" or "iso_8859_1_1987" or "iso_ir_100":
                return Codec.Latin1;
            default:
                throw PyErrors.New(ExceptionTypes.LookupError, $"unknown encoding: {encoding}");
        }
    }

    /// <summary>Error handler names are looked up only when an error occurs, as in CPython.</summary>
    public static ErrorHandler ParseErrors(string errors) => errors switch
    {
        "strict" => ErrorHandler.Strict,
        "ignore" => ErrorHandler.Ignore,
        "replace" => ErrorHandler.Replace,
        "backslashreplace" => ErrorHandler.BackslashReplace,
        "xmlcharrefreplace" => ErrorHandler.XmlCharRefReplace,
        "surrogateescape" => ErrorHandler.SurrogateEscape,
        "surrogatepass" => ErrorHandler.SurrogatePass,
        "namereplace" => ErrorHandler.NameReplace,
        _ => ErrorHandler.Unknown,
    };

    /// <summary>The name CPython's C codecs put in their error messages.</summary>
    public static string ErrorName(Codec codec) => codec switch
    {
        Codec.Ascii => "ascii",
        Codec.Latin1 => "latin-1",
        _ => "utf-8",
    };

    private static string Normalize(string encoding)
    {
        // encodings.normalize_encoding after the registry lower-cases: non-alphanumerics other
        // than '.' collapse into one '_' between kept characters; non-ASCII letters are dropped.
        Span<char> buffer = encoding.Length <= 128 ? stackalloc char[encoding.Length] : new char[encoding.Length];
        var n = 0;
        var punct = false;
        foreach (var ch in encoding)
        {
            if (char.IsLetterOrDigit(ch) || ch == '.')
            {
                if (punct && n > 0) buffer[n++] = '_';
                if (ch < 128) buffer[n++] = char.ToLowerInvariant(ch);
                punct = false;
            }
            else
            {
                punct = true;
            }
        }
        return new string(buffer[..n]);
    }

    private static PyException UnknownHandler(string errors) =>
        PyErrors.New(ExceptionTypes.LookupError, $"unknown error handler name '{errors}'");

    /// <summary>A UnicodeEncodeError/UnicodeDecodeError carrying CPython's attributes; its single
    /// arg is the formatted message so str(e) reads as in CPython.</summary>
    private static PyException UnicodeError(PyType type, string encoding, PyObject obj, long start, long end, string reason, string message)
    {
        var exc = PyErrors.Create(type, message);
        exc.Dict = new Dictionary<string, PyObject>
        {
            ["encoding"] = PyStr.Of(encoding),
            ["object"] = obj,
            ["start"] = PyInt.Get(start),
            ["end"] = PyInt.Get(end),
            ["reason"] = PyStr.Of(reason),
        };
        return new PyException(exc);
    }
}
