using Monty.Engine.Formatting;
using Xunit;

namespace Monty.Engine.Tests.Formatting;

public class PercentFormatterTests
{
    public static IEnumerable<object[]> Cases() => TsvCases.Load("percent.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void PercentMatchesCPython(int line, string format, string args, string expected)
    {
        (format, args, expected) = (TsvCases.Unescape(format), TsvCases.Unescape(args), TsvCases.Unescape(expected));
        object? operand = TestValues.ParseLiteral(args);
        string actual = TsvCases.Capture(() => PercentFormatter.Format(format, operand, TestValues.Instance));
        Assert.True(expected == actual, $"line {line}: '{format}' % {args} expected [{expected}] got [{actual}]");
    }
}
