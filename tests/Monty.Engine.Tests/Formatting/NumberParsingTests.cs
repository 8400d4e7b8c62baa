using System.Globalization;
using System.Numerics;
using Monty.Engine.Formatting;
using Xunit;

namespace Monty.Engine.Tests.Formatting;

public class NumberParsingTests
{
    public static IEnumerable<object[]> Cases() => TsvCases.Load("parsing.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ParseMatchesCPython(int line, string kind, string text, string @base, string textRepr, string expected)
    {
        (text, textRepr, expected) = (TsvCases.Unescape(text), TsvCases.Unescape(textRepr), TsvCases.Unescape(expected));
        int b = int.Parse(@base, CultureInfo.InvariantCulture);
        string actual = TsvCases.Capture(() => kind switch
        {
            "int" => NumberParsing.TryParseInt(text, b, out BigInteger v)
                ? IntText.ToDecimalString(v)
                : throw NumberParsing.InvalidIntLiteral(b, textRepr),
            "float" => NumberParsing.TryParseFloat(text, out double d)
                ? Repr(d)
                : throw NumberParsing.InvalidFloatLiteral(textRepr),
            "intlit" => NumberParsing.ParseIntLiteral(text).ToString(CultureInfo.InvariantCulture),
            "floatlit" => Repr(NumberParsing.ParseFloatLiteral(text)),
            _ => throw new InvalidOperationException(kind),
        });
        Assert.True(expected == actual, $"line {line}: {kind}({textRepr}, {b}) expected [{expected}] got [{actual}]");
    }

    private static string Repr(double d) =>
        double.IsNaN(d) ? (double.IsNegative(d) ? "-nan" : "nan") : FloatRepr.Repr(d);
}
