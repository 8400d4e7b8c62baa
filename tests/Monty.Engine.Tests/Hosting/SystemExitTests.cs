namespace Monty.Engine.Tests.Hosting;

/// <summary>An uncaught SystemExit with status 0 (sys.exit(), sys.exit(None), sys.exit(0)) ends
/// the script successfully, as it does for CPython; any other status fails it with SystemExit.</summary>
public sealed class SystemExitTests
{
    [Theory]
    [InlineData("import sys\nsys.exit()\n")]
    [InlineData("import sys\nsys.exit(None)\n")]
    [InlineData("import sys\nsys.exit(0)\nraise ValueError\n")]
    [InlineData("raise SystemExit(False)\n")]
    public void ACleanExitCompletes(string code)
    {
        var run = MontyProgram.Compile(code).Start();
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(MontyValue.None, run.Result);
    }

    [Theory]
    [InlineData("import sys\nsys.exit(2)\n", "2")]
    [InlineData("import sys\nsys.exit('no input')\n", "no input")]
    [InlineData("raise SystemExit(0, 'two args')\n", "(0, 'two args')")]
    public void AnyOtherStatusFails(string code, string message)
    {
        var run = MontyProgram.Compile(code).Start();
        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Equal(("SystemExit", message), (run.Error!.TypeName, run.Error.Message));
    }
}
