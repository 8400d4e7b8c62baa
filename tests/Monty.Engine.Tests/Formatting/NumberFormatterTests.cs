using System.Globalization;
using System.Numerics;
using Monty.Engine.Formatting;
using Xunit;

namespace Monty.Engine.Tests.Formatting;

public class NumberFormatterTests
{
    public static IEnumerable<object[]> FloatCases() => TsvCases.Load("format_float.tsv");

    public static IEnumerable<object[]> IntCases() => TsvCases.Load("format_int.tsv");

    public static IEnumerable<object[]> StringCases() => TsvCases.Load("format_str.tsv");

    [Theory]
    [MemberData(nameof(FloatCases))]
    public void FormatFloatMatchesCPython(int line, string value, string spec, string expected)
    {
        (spec, expected) = (TsvCases.Unescape(spec), TsvCases.Unescape(expected));
        double x = TsvCases.ParseDouble(value);
        string actual = TsvCases.Capture(() => NumberFormatter.FormatFloat(x, spec));
        Assert.True(expected == actual, $"line {line}: format({value}, '{spec}') expected [{expected}] got [{actual}]");
    }

    [Theory]
    [MemberData(nameof(IntCases))]
    public void FormatIntMatchesCPython(int line, string value, string spec, string expected)
    {
        (spec, expected) = (TsvCases.Unescape(spec), TsvCases.Unescape(expected));
        string actual;
        if (value.StartsWith("bool:", StringComparison.Ordinal))
        {
            // bool: empty spec is str(True), everything else goes through int.__format__.
            actual = spec.Length == 0 ? "True" : TsvCases.Capture(() => NumberFormatter.FormatInt(BigInteger.One, spec, "bool"));
        }
        else
        {
            BigInteger v = BigInteger.Parse(value, CultureInfo.InvariantCulture);
            actual = TsvCases.Capture(() => NumberFormatter.FormatInt(v, spec));
        }

        Assert.True(expected == actual, $"line {line}: format({value}, '{spec}') expected [{expected}] got [{actual}]");
    }

    [Theory]
    [MemberData(nameof(StringCases))]
    public void FormatStringMatchesCPython(int line, string value, string spec, string expected)
    {
        (value, spec, expected) = (TsvCases.Unescape(value), TsvCases.Unescape(spec), TsvCases.Unescape(expected));
        string actual = TsvCases.Capture(() => NumberFormatter.FormatString(value, spec));
        Assert.True(expected == actual, $"line {line}: format('{value}', '{spec}') expected [{expected}] got [{actual}]");
    }

    [Fact]
    public void BriefExamples()
    {
        Assert.Equal("1.0", NumberFormatter.FormatFloat(1.0, ""));
        Assert.Equal("1e+16", NumberFormatter.FormatFloat(1e16, ""));
        Assert.Equal("1.5", NumberFormatter.FormatFloat(1.5, ".3"));
        Assert.Equal("10000000000000000000000.000000", NumberFormatter.FormatFloat(1e22, "f"));
        Assert.Equal("0.12", NumberFormatter.FormatFloat(0.125, ".2f"));
        Assert.Equal("2", NumberFormatter.FormatFloat(2.5, ".0f"));
        Assert.Equal("0000_0000_1111_1111", NumberFormatter.FormatInt(255, "019_b"));
        Assert.Equal("-0x000ff", NumberFormatter.FormatInt(-255, "#08x"));
    }
}
