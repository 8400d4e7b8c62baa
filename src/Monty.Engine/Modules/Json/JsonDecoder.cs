using System.Globalization;
using Monty.Engine.Formatting;
using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Json;

/// <summary>The native JSON parser, following CPython's scanner: the same accepted syntax
/// (NaN/Infinity, any JSON value at top level), the same error messages and positions.
/// Nesting is bounded so hostile input raises RecursionError. In hook mode, objects and (when
/// asked) numbers come out as tagged tuples for the prelude to pass to the script's hooks;
/// plain JSON never produces tuples, so the tags cannot be confused with data.</summary>
internal sealed class JsonDecoder(string text, bool strict, bool tagObjects = false, bool tagNumbers = false)
{
    // Characters that end the fast scan of a string: the quote, a backslash, control characters.
    private static readonly System.Buffers.SearchValues<char> StringStops =
        System.Buffers.SearchValues.Create("\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f" +
                                           "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    // Object keys repeat: like CPython's scanner, reuse one str per distinct key (its hash is cached too).
    private readonly Dictionary<string, PyStr> _keys = new(StringComparer.Ordinal);
    private int _depth;
    private int _steps;

    public PyObject Decode()
    {
        var pos = SkipWhitespace(0);
        if (pos < text.Length && text[pos] == '\uFEFF')
            throw JsonErrors.Decode("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0);
        var value = ParseValue(ref pos);
        pos = SkipWhitespace(pos);
        if (pos != text.Length) throw JsonErrors.Decode("Extra data", text, pos);
        return value;
    }

    private int SkipWhitespace(int pos)
    {
        while (pos < text.Length && text[pos] is ' ' or '\t' or '\n' or '\r') pos++;
        return pos;
    }

    private PyObject ParseValue(ref int pos)
    {
        if ((++_steps & 4095) == 0) Budget.CheckTime();
        if (pos >= text.Length) throw JsonErrors.Decode("Expecting value", text, pos);
        switch (text[pos])
        {
            case '"':
                return ParseString(ref pos);
            case '{':
                return ParseObject(ref pos);
            case '[':
                return ParseArray(ref pos);
            case 'n' when Matches(pos, "null"):
                pos += 4;
                return PySingleton.None;
            case 't' when Matches(pos, "true"):
                pos += 4;
                return PyBool.True;
            case 'f' when Matches(pos, "false"):
                pos += 5;
                return PyBool.False;
            case 'N' when Matches(pos, "NaN"):
                pos += 3;
                return Constant("NaN", double.NaN);
            case 'I' when Matches(pos, "Infinity"):
                pos += 8;
                return Constant("Infinity", double.PositiveInfinity);
            case '-' when Matches(pos, "-Infinity"):
                pos += 9;
                return Constant("-Infinity", double.NegativeInfinity);
            default:
                return ParseNumber(ref pos);
        }
    }

    private PyObject Constant(string name, double value) =>
        tagNumbers ? PyTuple.Of(PyStr.Of("c"), PyStr.Of(name)) : new PyFloat(value);

    private bool Matches(int pos, string word) => string.CompareOrdinal(text, pos, word, 0, word.Length) == 0;

    private PyObject ParseNumber(ref int pos)
    {
        var start = pos;
        var i = pos;
        if (i < text.Length && text[i] == '-') i++;
        if (i < text.Length && text[i] == '0') i++;
        else if (i < text.Length && text[i] is >= '1' and <= '9')
            while (++i < text.Length && char.IsAsciiDigit(text[i])) { }
        else throw JsonErrors.Decode("Expecting value", text, start);
        var isFloat = false;
        if (i + 1 < text.Length && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            isFloat = true;
            i += 2;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            var e = i + 1;
            if (e < text.Length && text[e] is '+' or '-') e++;
            if (e < text.Length && char.IsAsciiDigit(text[e]))
            {
                isFloat = true;
                i = e;
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
            }
        }
        pos = i;
        var span = text.AsSpan(start, i - start);
        if (tagNumbers) return PyTuple.Of(PyStr.Of(isFloat ? "f" : "i"), PyStr.Of(span.ToString()));
        if (isFloat) return new PyFloat(double.Parse(span, NumberStyles.Float, CultureInfo.InvariantCulture));
        if (span.Length <= 18) return PyInt.Get(long.Parse(span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        try
        {
            IntParsing.TryParseAscii(span, 10, out var big);
            return PyInt.From(big);
        }
        catch (FormattingException e)
        {
            throw StringFormatting.Convert(e);
        }
    }

    private PyStr ParseKey(ref int pos)
    {
        var i = pos + 1;
        var stop = text.AsSpan(i).IndexOfAny(StringStops);
        if (stop < 0 || text[i + stop] != '"' || stop > 64) return ParseString(ref pos);
        var lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        var span = text.AsSpan(i, stop);
        if (!lookup.TryGetValue(span, out var key))
        {
            key = ParseString(ref pos);
            _keys[key.Value] = key;
            return key;
        }
        pos = i + stop + 1;
        return key;
    }

    private PyStr ParseString(ref int pos)
    {
        var begin = pos;
        var i = pos + 1;
        // Fast path: no escapes (and, when strict, no control characters) before the closing quote.
        var j = i;
        while (true)
        {
            var stop = text.AsSpan(j).IndexOfAny(StringStops);
            if (stop < 0)
            {
                j = text.Length;
                break;
            }
            j += stop;
            var c = text[j];
            if (c == '"')
            {
                pos = j + 1;
                Budget.ChargeString(j - i);
                return PyStr.Of(text.Substring(i, j - i));
            }
            if (c == '\\' || strict) break;
            j++;
        }
        var sb = new System.Text.StringBuilder();
        sb.Append(text, i, j - i);
        i = j;
        while (true)
        {
            if (i >= text.Length) throw JsonErrors.Decode("Unterminated string starting at", text, begin);
            var c = text[i];
            if (c == '"') break;
            if (c < ' ' && strict) throw JsonErrors.Decode("Invalid control character at", text, i);
            if (c != '\\')
            {
                sb.Append(c);
                i++;
                continue;
            }
            i++;
            if (i >= text.Length) throw JsonErrors.Decode("Unterminated string starting at", text, begin);
            var esc = text[i];
            switch (esc)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    {
                        var unit = Hex4(i + 1, i);
                        i += 4;
                        // A high surrogate followed by an escaped low surrogate forms one code point.
                        if (char.IsHighSurrogate((char)unit) && i + 7 < text.Length && text[i + 1] == '\\' && text[i + 2] == 'u')
                        {
                            var low = Hex4(i + 3, i + 2);
                            if (char.IsLowSurrogate((char)low))
                            {
                                sb.Append((char)unit).Append((char)low);
                                i += 6;
                                break;
                            }
                        }
                        sb.Append((char)unit);
                        break;
                    }
                default:
                    throw JsonErrors.Decode("Invalid \\escape", text, i - 1);
            }
            i++;
        }
        pos = i + 1;
        Budget.ChargeString(sb.Length);
        return PyStr.Of(sb.ToString());
    }

    private int Hex4(int at, int escapeStart)
    {
        if (at + 4 > text.Length) throw JsonErrors.Decode("Invalid \\uXXXX escape", text, escapeStart);
        var value = 0;
        for (var k = 0; k < 4; k++)
        {
            var d = HexDigit(text[at + k]);
            if (d < 0) throw JsonErrors.Decode("Invalid \\uXXXX escape", text, escapeStart);
            value = value * 16 + d;
        }
        return value;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private PyObject ParseArray(ref int pos)
    {
        Depth.Enter(ref _depth, "while decoding a JSON array from a unicode string");
        var items = new List<PyObject>();
        var i = SkipWhitespace(pos + 1);
        if (i < text.Length && text[i] == ']')
        {
            pos = i + 1;
            _depth--;
            Budget.ChargeContainer(0);
            return new PyList(items);
        }
        while (true)
        {
            items.Add(ParseValue(ref i));
            i = SkipWhitespace(i);
            if (i < text.Length && text[i] == ']') break;
            if (i >= text.Length || text[i] != ',') throw JsonErrors.Decode("Expecting ',' delimiter", text, i);
            i = SkipWhitespace(i + 1);
        }
        pos = i + 1;
        _depth--;
        Budget.ChargeContainer(items.Count);
        return new PyList(items);
    }

    private PyObject ParseObject(ref int pos)
    {
        Depth.Enter(ref _depth, "while decoding a JSON object from a unicode string");
        var dict = new PyDict();
        var pairs = tagObjects ? new List<PyObject>() : null;
        var i = SkipWhitespace(pos + 1);
        if (i < text.Length && text[i] == '}')
        {
            pos = i + 1;
            _depth--;
            return Finish(dict, pairs);
        }
        while (true)
        {
            if (i >= text.Length || text[i] != '"')
                throw JsonErrors.Decode("Expecting property name enclosed in double quotes", text, i);
            var key = ParseKey(ref i);
            i = SkipWhitespace(i);
            if (i >= text.Length || text[i] != ':') throw JsonErrors.Decode("Expecting ':' delimiter", text, i);
            i = SkipWhitespace(i + 1);
            var value = ParseValue(ref i);
            if (pairs is not null) pairs.Add(PyTuple.Of(key, value));
            else dict.Set(key, value);
            i = SkipWhitespace(i);
            if (i < text.Length && text[i] == '}') break;
            if (i >= text.Length || text[i] != ',') throw JsonErrors.Decode("Expecting ',' delimiter", text, i);
            i = SkipWhitespace(i + 1);
        }
        pos = i + 1;
        _depth--;
        return Finish(dict, pairs);
    }

    private static PyObject Finish(PyDict dict, List<PyObject>? pairs)
    {
        if (pairs is not null)
        {
            Budget.ChargeContainer(pairs.Count * 3);
            return PyTuple.Of(PyStr.Of("o"), new PyList(pairs));
        }
        Budget.ChargeContainer(dict.Count * 3);
        return dict;
    }
}
