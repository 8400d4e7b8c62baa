using Monty.Cli.Backends;
using Monty.Engine;

namespace Monty.Cli.Tests;

public sealed class ValueTextTests
{
    // Expected strings are repr() of the same values in CPython 3.11.
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(123456789.125, "123456789.125")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5e-7, "1.5e-07")]
    [InlineData(1.7976931348623157e308, "1.7976931348623157e+308")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NaN, "nan")]
    public void FloatsPrintAsPythonRepr(double value, string repr) => Assert.Equal(repr, ValueText.Float(value));

    [Fact]
    public void ContainersAndStringsPrintAsPythonRepr()
    {
        var value = new MontyList([
            MontyValue.From("it's"), MontyValue.From("a\n'b\""), new MontyBytes([0, 39, 65]),
            new MontyTuple([MontyValue.From(1)]), new MontySet([], Frozen: true),
            new MontyDict([new(MontyValue.From("k"), MontyValue.None)]),
        ]);
        Assert.Equal("[\"it's\", 'a\\n\\'b\"', b\"\\x00'A\", (1,), frozenset(), {'k': None}]", ValueText.Repr(value));
    }
}
