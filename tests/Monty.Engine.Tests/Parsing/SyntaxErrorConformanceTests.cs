using Monty.Engine.Parsing;
using Xunit;

namespace Monty.Engine.Tests.Parsing;

/// <summary>Parses every snippet of syntax_error_cases.json and compares the exception type, message
/// and line with what CPython 3.11's ast.parse raises.</summary>
public sealed class SyntaxErrorConformanceTests
{
    /// <summary>Snippets where Monty's message knowingly differs from CPython's, with the reason.
    /// The type and line must still match.</summary>
    private static readonly Dictionary<string, string> KnownMessageDifferences = new()
    {
    };

    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (int i = 0; i < ParserCaseData.SyntaxErrorCases.Count; i++)
        {
            data.Add(i, ParserCaseData.SyntaxErrorCases[i].Source);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ErrorMatchesCPython(int index, string source)
    {
        SyntaxErrorCase expected = ParserCaseData.SyntaxErrorCases[index];
        var ex = Assert.Throws<SyntaxErrorException>(() => PythonParser.ParseModule(source, "<test>"));
        if (!KnownMessageDifferences.ContainsKey(source))
        {
            Assert.Equal(expected.Message, ex.Message);
        }

        Assert.Equal(expected.Type, ex.PythonType);
        Assert.Equal(expected.Line, ex.Span.Line);
    }
}
