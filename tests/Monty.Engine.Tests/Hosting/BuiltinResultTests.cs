namespace Monty.Engine.Tests.Hosting;

/// <summary>Any Python value can be a builtin's result, including ones the VM might be tempted to
/// use as internal markers.</summary>
public sealed class BuiltinResultTests
{
    [Theory]
    [InlineData("max([...]) is ...")]
    [InlineData("getattr(1, 'missing', ...) is ...")]
    [InlineData("next(iter([...])) is ...")]
    public void EllipsisReturnedByABuiltinIsAValue(string code)
    {
        var run = MontyProgram.Compile(code).Start();
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(MontyValue.True, run.Result);
    }
}
