using System.Text.Json;
using System.Text.Json.Serialization;
using Monty.Engine.Compilation;
using Monty.Engine.Parsing;
using Xunit;

namespace Monty.Engine.Tests.Compilation;

/// <summary>Compiles every invalid match statement of match_error_cases.json (see gen_match_error_cases.py)
/// and compares the exception type, message and line with what CPython 3.11's compile() raises.</summary>
public sealed class MatchSyntaxErrorTests
{
    private static readonly IReadOnlyList<MatchErrorCase> Data = JsonSerializer.Deserialize<List<MatchErrorCase>>(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Compilation", "match_error_cases.json")))!;

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (var i = 0; i < Data.Count; i++) data.Add(i, Data[i].Source);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ErrorMatchesCPython(int index, string source)
    {
        var expected = Data[index];
        var ex = Assert.Throws<SyntaxErrorException>(() => Compiler.CompileModule(source, "<test>", CompileOptions.Default));
        Assert.Equal(expected.Message, ex.Message);
        Assert.Equal(expected.Type, ex.PythonType);
        Assert.Equal(expected.Line, ex.Span.Line);
    }

    [Fact]
    public void GuardedCaptureMayPrecedeOtherCases()
    {
        Compiler.CompileModule("match x:\n case y if y: pass\n case 1: pass", "<test>", CompileOptions.Default);
    }

    internal sealed record MatchErrorCase(
        [property: JsonPropertyName("source")] string Source,
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("message")] string Message,
        [property: JsonPropertyName("line")] int Line);
}
