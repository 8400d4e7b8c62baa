using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;
using Monty.Engine.Snapshots;
using Monty.Engine.Tests.Conformance;

namespace Monty.Engine.Tests.Snapshots;

/// <summary>The snapshot bytecode verifier must accept everything the compiler emits (else valid
/// snapshots would fail to load) and reject malformed code.</summary>
public class CodeVerifierTests
{
    [Fact]
    public void AcceptsEveryCompiledCase()
    {
        var checkedCodes = 0;
        foreach (var path in CaseRunner.All().Select(p => (string)p[0]))
        {
            CodeObject module;
            try
            {
                module = MontyProgram.CompileCode(File.ReadAllText(Path.Combine(CaseRunner.CasesRoot, path)), path);
            }
            catch (MontySyntaxException)
            {
                continue;
            }
            foreach (var code in AllCode(module))
            {
                CodeVerifier.Verify(code, message => new Xunit.Sdk.XunitException($"{path}: {code.QualName}: {message}"));
                checkedCodes++;
            }
        }
        Assert.True(checkedCodes > 500, $"only {checkedCodes} code objects checked");
    }

    [Fact]
    public void AcceptsThePrelude()
    {
        foreach (var code in AllCode(Prelude.ModuleCode))
            CodeVerifier.Verify(code, message => new Xunit.Sdk.XunitException($"{code.QualName}: {message}"));
    }

    [Theory]
    [InlineData(new[] { (int)OpCode.Pop, (int)OpCode.ReturnValue }, "needs 1 stack items")]
    [InlineData(new[] { (int)OpCode.LoadConst | 5 << 8, (int)OpCode.ReturnValue }, "no such constant")]
    [InlineData(new[] { (int)OpCode.LoadFast | 1 << 8, (int)OpCode.ReturnValue }, "no such local")]
    [InlineData(new[] { (int)OpCode.Jump | 9 << 8 }, "outside the code")]
    [InlineData(new[] { (int)OpCode.LoadConst }, "runs off the end")]
    [InlineData(new[] { 200, (int)OpCode.ReturnValue }, "unknown opcode")]
    [InlineData(new[] { (int)OpCode.PopBlock, (int)OpCode.LoadConst, (int)OpCode.ReturnValue }, "empty block stack")]
    [InlineData(new[] { (int)OpCode.LoadConst, (int)OpCode.LoadConst, (int)OpCode.LoadConst, (int)OpCode.ReturnValue }, "above the maximum")]
    [InlineData(new[] { (int)OpCode.LoadConst, (int)OpCode.PopJumpIfTrue | 3 << 8, (int)OpCode.LoadConst,
        (int)OpCode.LoadConst, (int)OpCode.ReturnValue }, "stack depths")]
    public void RejectsMalformedCode(int[] instructions, string expected)
    {
        var code = new CodeObject
        {
            Name = "f", QualName = "f", FileName = "x.py", Instructions = instructions,
            Spans = new Monty.Engine.Parsing.Ast.SourceSpan[instructions.Length], Constants = [PySingleton.None], Names = [],
            VarNames = ["a"], CellVars = [], FreeVars = [], CellParameters = [], MaxStack = 2, SourceLines = [],
        };
        var e = Assert.ThrowsAny<Exception>(() => CodeVerifier.Verify(code, m => new InvalidDataException(m)));
        Assert.Contains(expected, e.Message);
    }

    internal static IEnumerable<CodeObject> AllCode(CodeObject root)
    {
        var work = new Stack<CodeObject>([root]);
        while (work.Count > 0)
        {
            var code = work.Pop();
            yield return code;
            foreach (var c in code.Constants)
                if (c is CodeObject inner) work.Push(inner);
        }
    }
}
