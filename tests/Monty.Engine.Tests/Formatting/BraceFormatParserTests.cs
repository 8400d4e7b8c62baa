using System.Numerics;
using System.Text;
using Monty.Engine.Formatting;
using Xunit;

namespace Monty.Engine.Tests.Formatting;

public class BraceFormatParserTests
{
    // Must match BRACE_ARGS / BRACE_KWARGS in gen_cases.py.
    private static readonly List<object?> Args = ((PyTuple)TestValues.ParseLiteral(
        "(42, 3.14159, 'abc', -7, [10, 20, 30], {'k': 'v', 'key': 'value'}, True, 2.5, None, '\\u00e9\\U0001f600')")!).Items;

    private static readonly Dictionary<string, object?> Kwargs = (Dictionary<string, object?>)TestValues.ParseLiteral(
        "{'name': 'xyz', 'w': 10, 'p': 3, 'lst': [1, 2], 'd': {'a': 1}, 'f': 1234.5678, 'big': 1000000000000000000000000000000}")!;

    private static readonly TestValues Ops = TestValues.Instance;

    public static IEnumerable<object[]> ParseCases() => TsvCases.Load("brace_parse.tsv");

    public static IEnumerable<object[]> FormatCases() => TsvCases.Load("brace_format.tsv");

    /// <summary>Compares against CPython's _string.formatter_parser / formatter_field_name_split.</summary>
    [Theory]
    [MemberData(nameof(ParseCases))]
    public void ParseMatchesCPython(int line, string format, string expected)
    {
        (format, expected) = (TsvCases.Unescape(format), TsvCases.Unescape(expected));
        var parts = new List<string>();
        foreach (FormatSegment seg in BraceFormatParser.Parse(format))
        {
            switch (seg.Kind)
            {
                case FormatSegmentKind.Literal:
                    parts.Add("L:" + seg.Literal);
                    break;
                case FormatSegmentKind.Error:
                    parts.Add("!" + seg.Error!.PythonType + ": " + seg.Error.Message);
                    break;
                default:
                    string conv = seg.Conversion == '\0' ? "" : PyText.FromCodePoint(seg.Conversion);
                    parts.Add($"F:{seg.Field!.Text}!{conv}:{seg.FormatSpec} {{{Split(seg.Field)}}}");
                    break;
            }
        }

        string actual = string.Join("\u001e", parts);
        Assert.True(expected == actual, $"line {line}: {format} expected [{expected}] got [{actual}]");
    }

    /// <summary>End-to-end str.format built on the parser, against CPython's str.format.</summary>
    [Theory]
    [MemberData(nameof(FormatCases))]
    public void StrFormatMatchesCPython(int line, string format, string expected)
    {
        (format, expected) = (TsvCases.Unescape(format), TsvCases.Unescape(expected));
        string actual = TsvCases.Capture(() => Build(format, BraceFormatParser.TopLevelDepth, new AutoFieldNumbering()));
        Assert.True(expected == actual, $"line {line}: {format} expected [{expected}] got [{actual}]");
    }

    [Fact]
    public void BriefExamples()
    {
        IReadOnlyList<FormatSegment> segs = BraceFormatParser.Parse("a{{b}}{0.x[1][k]!r:>{w}}");
        Assert.Equal("a{b}", segs[0].Literal);
        FieldName f = segs[1].Field!;
        Assert.Equal(FieldNameKind.Index, f.Kind);
        Assert.Equal(0, f.Index);
        Assert.Equal([new FieldAccessor(true, "x", -1), new FieldAccessor(false, "1", 1), new FieldAccessor(false, "k", -1)], f.Accessors);
        Assert.Equal('r', segs[1].Conversion);
        Assert.Equal(">{w}", segs[1].FormatSpec);
        Assert.True(segs[1].FormatSpecNeedsExpanding);
    }

    private static string Split(FieldName f)
    {
        if (f.FirstError is not null)
        {
            return "!ValueError: " + f.FirstError.Message;
        }

        var sb = new StringBuilder();
        sb.Append(f.Kind == FieldNameKind.Index ? "i:" + f.Index : "s:" + f.Keyword);
        foreach (FieldAccessor a in f.Accessors)
        {
            sb.Append(' ');
            sb.Append(a.IsAttribute ? "." + a.Name : a.Index >= 0 ? $"[i:{a.Index}]" : $"[s:{a.Name}]");
        }

        if (f.AccessorError is not null)
        {
            sb.Append(" !ValueError: ").Append(f.AccessorError.Message);
        }

        return sb.ToString();
    }

    private static string Build(string format, int depth, AutoFieldNumbering numbering)
    {
        var sb = new StringBuilder();
        foreach (FormatSegment seg in BraceFormatParser.Parse(format, depth))
        {
            if (seg.Kind == FormatSegmentKind.Literal)
            {
                sb.Append(seg.Literal);
                continue;
            }

            if (seg.Kind == FormatSegmentKind.Error)
            {
                throw seg.Error!;
            }

            FieldName field = seg.Field!;
            long index = numbering.Resolve(field);
            object? obj = index >= 0
                ? index < Args.Count ? Args[(int)index] : throw new FormattingException("IndexError", $"Replacement index {index} out of range for positional args tuple")
                : Kwargs.TryGetValue(field.Keyword, out object? kv) ? kv : throw new FormattingException("KeyError", Ops.Repr(field.Keyword));
            foreach (FieldAccessor a in field.Accessors)
            {
                obj = a.IsAttribute ? GetAttr(obj, a.Name) : a.Index >= 0 ? GetIndex(obj, a.Index) : GetItem(obj, a.Name);
            }

            if (field.AccessorError is not null)
            {
                throw field.AccessorError;
            }

            if (seg.ConversionError is not null)
            {
                throw seg.ConversionError;
            }

            obj = seg.Conversion switch
            {
                'r' => Ops.Repr(obj),
                's' => Ops.Str(obj),
                'a' => Ops.Ascii(obj),
                _ => obj,
            };
            string spec = seg.FormatSpecNeedsExpanding ? Build(seg.FormatSpec, depth - 1, numbering) : seg.FormatSpec;
            sb.Append(Render(obj, spec));
        }

        return sb.ToString();
    }

    private static string Render(object? obj, string spec) => obj switch
    {
        string s => NumberFormatter.FormatString(s, spec),
        bool b => spec.Length == 0 ? (b ? "True" : "False") : NumberFormatter.FormatInt(b ? BigInteger.One : BigInteger.Zero, spec, "bool"),
        BigInteger i => NumberFormatter.FormatInt(i, spec),
        double d => NumberFormatter.FormatFloat(d, spec),
        _ => spec.Length == 0 ? Ops.Str(obj) : throw FormattingException.TypeError($"unsupported format string passed to {Ops.TypeName(obj)}.__format__"),
    };

    private static object? GetAttr(object? obj, string name) => obj is BigInteger && name == "real"
        ? obj
        : throw new FormattingException("AttributeError", $"'{Ops.TypeName(obj)}' object has no attribute '{name}'");

    private static object? GetIndex(object? obj, long index) => obj switch
    {
        List<object?> l => index < l.Count ? l[(int)index] : throw new FormattingException("IndexError", "list index out of range"),
        string s => index < s.Length ? s[(int)index].ToString() : throw new FormattingException("IndexError", "string index out of range"),
        Dictionary<string, object?> => throw new FormattingException("KeyError", index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw FormattingException.TypeError($"'{Ops.TypeName(obj)}' object is not subscriptable"),
    };

    private static object? GetItem(object? obj, string key) => obj switch
    {
        List<object?> => throw FormattingException.TypeError("list indices must be integers or slices, not str"),
        string => throw FormattingException.TypeError("string indices must be integers, not 'str'"),
        Dictionary<string, object?> d => d.TryGetValue(key, out object? v) ? v : throw new FormattingException("KeyError", Ops.Repr(key)),
        _ => throw FormattingException.TypeError($"'{Ops.TypeName(obj)}' object is not subscriptable"),
    };
}
