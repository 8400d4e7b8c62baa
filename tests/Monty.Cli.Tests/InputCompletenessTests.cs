using Monty.Cli.Repl;

namespace Monty.Cli.Tests;

public sealed class InputCompletenessTests
{
    [Theory]
    [InlineData(false, "x = 1")]
    [InlineData(true, "if x:")]
    [InlineData(true, "for i in range(3):", "    print(i)")]
    [InlineData(false, "for i in range(3):", "    print(i)", "")]
    [InlineData(true, "@decorator")]
    [InlineData(true, "f(1,")]
    [InlineData(false, "f(1,", "  2)")]
    [InlineData(true, "s = '''abc")]
    [InlineData(true, "x = 1 + \\")]
    [InlineData(false, "x = 1 +")]
    [InlineData(false, "print('a:b')  # comment:")]
    [InlineData(true, "while True:  # forever")]
    public void DecidesWhetherMoreLinesAreNeeded(bool needsMore, params string[] lines) =>
        Assert.Equal(needsMore, InputCompleteness.NeedsMore(lines));
}
