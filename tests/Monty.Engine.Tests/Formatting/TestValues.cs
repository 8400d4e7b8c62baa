using System.Globalization;
using System.Numerics;
using System.Text;
using Monty.Engine.Formatting;

namespace Monty.Engine.Tests.Formatting;

/// <summary>Marker for a Python tuple in the test value model.</summary>
internal sealed record PyTuple(List<object?> Items);

/// <summary>
/// A tiny stand-in object model for the formatter tests: None = null, bool, BigInteger (int),
/// double (float), string (str), PyTuple, List&lt;object?&gt; (list), Dictionary&lt;string, object?&gt; (dict).
/// Parses the Python literal reprs written by gen_cases.py.
/// </summary>
internal sealed class TestValues : IPercentOperand<object?>
{
    public static readonly TestValues Instance = new();

    public static object? ParseLiteral(string text)
    {
        int pos = 0;
        object? value = ParseValue(text, ref pos);
        SkipSpaces(text, ref pos);
        if (pos != text.Length)
        {
            throw new FormatException($"trailing text in literal: {text}");
        }

        return value;
    }

    public bool IsMapping(object? args) => args is Dictionary<string, object?> or List<object?>;

    public bool IsTuple(object? args) => args is PyTuple;

    public IReadOnlyList<object?> TupleItems(object? args) => ((PyTuple)args!).Items;

    public object? GetItem(object? mapping, string key) => mapping switch
    {
        Dictionary<string, object?> d => d.TryGetValue(key, out object? v) ? v : throw new FormattingException("KeyError", Repr(key)),
        List<object?> => throw FormattingException.TypeError("list indices must be integers or slices, not str"),
        _ => throw new InvalidOperationException(),
    };

    public string Str(object? v) => v switch
    {
        string s => s,
        _ => Repr(v),
    };

    public string Repr(object? v) => v switch
    {
        null => "None",
        bool b => b ? "True" : "False",
        BigInteger i => IntText.ToDecimalString(i),
        double d => FloatRepr.Repr(d),
        string s => StrRepr(s),
        PyTuple t => t.Items.Count == 1 ? "(" + Repr(t.Items[0]) + ",)" : "(" + string.Join(", ", t.Items.Select(Repr)) + ")",
        List<object?> l => "[" + string.Join(", ", l.Select(Repr)) + "]",
        Dictionary<string, object?> d => "{" + string.Join(", ", d.Select(kv => Repr(kv.Key) + ": " + Repr(kv.Value))) + "}",
        _ => throw new InvalidOperationException(),
    };

    public string Ascii(object? v)
    {
        string r = Repr(v);
        var sb = new StringBuilder();
        for (int i = 0; i < r.Length; i++)
        {
            int cp = PyText.CodePointAt(r, i, out int len);
            i += len - 1;
            if (cp < 128)
            {
                sb.Append((char)cp);
            }
            else if (cp < 0x100)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\x{cp:x2}");
            }
            else if (cp < 0x10000)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{cp:x4}");
            }
            else
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\U{cp:x8}");
            }
        }

        return sb.ToString();
    }

    public bool TryGetInteger(object? v, out BigInteger i)
    {
        switch (v)
        {
            case BigInteger b:
                i = b;
                return true;
            case bool flag:
                i = flag ? BigInteger.One : BigInteger.Zero;
                return true;
            default:
                i = default;
                return false;
        }
    }

    public bool TryGetFloat(object? v, out double d)
    {
        if (v is double x)
        {
            d = x;
            return true;
        }

        d = 0;
        return false;
    }

    public bool TryGetChar(object? v, out string ch)
    {
        if (v is string s && PyText.CodePointCount(s) == 1)
        {
            ch = s;
            return true;
        }

        ch = "";
        return false;
    }

    public string TypeName(object? v) => v switch
    {
        null => "NoneType",
        bool => "bool",
        BigInteger => "int",
        double => "float",
        string => "str",
        PyTuple => "tuple",
        List<object?> => "list",
        Dictionary<string, object?> => "dict",
        _ => throw new InvalidOperationException(),
    };

    // Python's str repr for the strings the generator uses (printable, possibly non-ASCII).
    private static string StrRepr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder();
        sb.Append(quote);
        foreach (char c in s)
        {
            if (c == quote || c == '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        sb.Append(quote);
        return sb.ToString();
    }

    private static void SkipSpaces(string s, ref int pos)
    {
        while (pos < s.Length && s[pos] == ' ')
        {
            pos++;
        }
    }

    private static object? ParseValue(string s, ref int pos)
    {
        SkipSpaces(s, ref pos);
        char c = s[pos];
        if (c == '(' || c == '[')
        {
            char close = c == '(' ? ')' : ']';
            pos++;
            var items = new List<object?>();
            while (true)
            {
                SkipSpaces(s, ref pos);
                if (s[pos] == close)
                {
                    pos++;
                    break;
                }

                items.Add(ParseValue(s, ref pos));
                SkipSpaces(s, ref pos);
                if (s[pos] == ',')
                {
                    pos++;
                }
            }

            return c == '(' ? new PyTuple(items) : items;
        }

        if (c == '{')
        {
            pos++;
            var dict = new Dictionary<string, object?>();
            while (true)
            {
                SkipSpaces(s, ref pos);
                if (s[pos] == '}')
                {
                    pos++;
                    break;
                }

                string key = (string)ParseValue(s, ref pos)!;
                SkipSpaces(s, ref pos);
                pos++; // ':'
                dict[key] = ParseValue(s, ref pos);
                SkipSpaces(s, ref pos);
                if (s[pos] == ',')
                {
                    pos++;
                }
            }

            return dict;
        }

        if (c == '\'' || c == '"')
        {
            var sb = new StringBuilder();
            pos++;
            while (s[pos] != c)
            {
                if (s[pos] == '\\')
                {
                    pos++;
                    char e = s[pos];
                    if (e is 'x' or 'u' or 'U')
                    {
                        int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                        int cp = int.Parse(s.AsSpan(pos + 1, len), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        sb.Append(PyText.FromCodePoint(cp));
                        pos += len + 1;
                        continue;
                    }

                    sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', _ => e });
                    pos++;
                    continue;
                }

                sb.Append(s[pos++]);
            }

            pos++;
            return sb.ToString();
        }

        int start = pos;
        while (pos < s.Length && s[pos] is not (',' or ')' or ']' or '}' or ' ' or ':'))
        {
            pos++;
        }

        string token = s[start..pos];
        switch (token)
        {
            case "None": return null;
            case "True": return true;
            case "False": return false;
        }

        if (token.StartsWith("0x", StringComparison.Ordinal) || token.StartsWith("-0x", StringComparison.Ordinal))
        {
            bool neg = token[0] == '-';
            var v = BigInteger.Parse("0" + token[(neg ? 3 : 2)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            return neg ? -v : v;
        }

        if (token.Contains('.') || token.Contains('e') || token is "inf" or "-inf" or "nan")
        {
            return TsvCases.ParseDouble(token);
        }

        return BigInteger.Parse(token, CultureInfo.InvariantCulture);
    }
}
