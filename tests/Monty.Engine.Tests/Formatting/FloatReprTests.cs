using System.Globalization;
using Monty.Engine.Formatting;
using Xunit;

namespace Monty.Engine.Tests.Formatting;

public class FloatReprTests
{
    public static IEnumerable<object[]> Cases() => TsvCases.Load("float_repr.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReprMatchesCPython(int line, string bitsHex, string expected)
    {
        double value = BitConverter.Int64BitsToDouble(long.Parse(bitsHex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        expected = TsvCases.Unescape(expected);
        Assert.True(expected == FloatRepr.Repr(value), $"line {line}: {bitsHex} expected {expected} got {FloatRepr.Repr(value)}");
    }

    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1.5e-05, "1.5e-05")]
    [InlineData(123.0, "123.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(1e300, "1e+300")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    public void BriefExamples(double value, string expected) => Assert.Equal(expected, FloatRepr.Repr(value));
}
