using System.Globalization;
using System.Numerics;
using Monty.Engine.Formatting;
using Xunit;

namespace Monty.Engine.Tests.Formatting;

public class RoundingTests
{
    public static IEnumerable<object[]> Cases() => TsvCases.Load("rounding.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void RoundMatchesCPython(int line, string kind, string value, string ndigits, string expected)
    {
        int n = int.Parse(ndigits, CultureInfo.InvariantCulture);
        string actual = kind == "f"
            ? TsvCases.Capture(() => Repr(Rounding.RoundDouble(TsvCases.ParseDouble(value), n)))
            : TsvCases.Capture(() => Rounding.RoundBigInteger(BigInteger.Parse(value, CultureInfo.InvariantCulture), n).ToString(CultureInfo.InvariantCulture));
        Assert.True(expected == actual, $"line {line}: round({value}, {n}) expected [{expected}] got [{actual}]");
    }

    [Fact]
    public void BriefExamples()
    {
        Assert.Equal(2.67, Rounding.RoundDouble(2.675, 2));
        Assert.Equal(1200.0, Rounding.RoundDouble(1234.5, -2));
        Assert.Equal(new BigInteger(20), Rounding.RoundBigInteger(25, -1));
        Assert.Equal(new BigInteger(40), Rounding.RoundBigInteger(35, -1));
    }

    private static string Repr(double d) =>
        double.IsNaN(d) ? (double.IsNegative(d) ? "-nan" : "nan") : FloatRepr.Repr(d);
}
