namespace Monty.Engine.Tests.Modules;

/// <summary>Modules that reach the host do not exist in the sandbox: importing them fails exactly
/// like importing a module that is not installed. Engine modules written in Python expose no way
/// back to them either.</summary>
public sealed class DangerousModulesTests
{
    private static MontyExecution Run(string code) => MontyProgram.Compile(code, "escape.py").Start(limits: ResourceLimits.SafeDefaults);

    [Theory]
    [InlineData("os")]
    [InlineData("subprocess")]
    [InlineData("socket")]
    [InlineData("ctypes")]
    [InlineData("importlib")]
    [InlineData("pickle")]
    [InlineData("threading")]
    [InlineData("shutil")]
    [InlineData("builtins")]
    [InlineData("io")]
    [InlineData("os.path")]
    public void ImportingAHostModuleIsModuleNotFound(string name)
    {
        var run = Run($"import {name}");
        Assert.Equal(ExecutionStatus.Failed, run.Status);
        var top = name.Split('.')[0];
        Assert.Equal(("ModuleNotFoundError", $"No module named '{top}'"), (run.Error!.TypeName, run.Error.Message));
    }

    [Theory]
    [InlineData("import decimal\ndecimal.getcontext.__globals__")]
    [InlineData("import textwrap\ntextwrap.wrap.__code__")]
    [InlineData("import collections\ncollections.Counter.__init__.__globals__")]
    [InlineData("import statistics\nstatistics.NormalDist.__init__.__builtins__")]
    public void PythonEngineModulesHaveNoGlobalsToEscapeThrough(string code)
    {
        var run = Run(code);
        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Equal("AttributeError", run.Error!.TypeName);
    }
}
