using Monty.Engine.Compilation;

namespace Monty.Engine.Tests.Compilation;

/// <summary>obj.name(positionals) compiles to LoadMethod/CallMethod; every other call form keeps the
/// attribute load and the ordinary call instructions.</summary>
public class MethodCallCompilationTests
{
    private static List<OpCode> Ops(string source) =>
        Compiler.CompileModule(source, "<test>", CompileOptions.Default).Instructions.Select(w => (OpCode)(byte)w).ToList();

    [Fact]
    public void PositionalMethodCallUsesLoadMethod()
    {
        var ops = Ops("o.m(1, 2)");
        Assert.Contains(OpCode.LoadMethod, ops);
        Assert.Contains(OpCode.CallMethod, ops);
        Assert.DoesNotContain(OpCode.LoadAttr, ops);
    }

    [Theory]
    [InlineData("o.m(x=1)")]
    [InlineData("o.m(*a)")]
    [InlineData("o.m(**k)")]
    [InlineData("f(1)")]
    public void OtherCallsDoNot(string source)
    {
        var ops = Ops(source);
        Assert.DoesNotContain(OpCode.LoadMethod, ops);
        Assert.DoesNotContain(OpCode.CallMethod, ops);
    }
}
