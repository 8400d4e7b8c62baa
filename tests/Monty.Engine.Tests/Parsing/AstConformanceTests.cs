using Monty.Engine.Parsing;
using Xunit;

namespace Monty.Engine.Tests.Parsing;

/// <summary>Parses every snippet of ast_cases.json and compares with CPython 3.11's ast.dump, first
/// the structure, then every node's position.</summary>
public sealed class AstConformanceTests
{
    public static TheoryData<int, string> Cases()
    {
        var data = new TheoryData<int, string>();
        for (int i = 0; i < ParserCaseData.AstCases.Count; i++)
        {
            data.Add(i, ParserCaseData.AstCases[i].Source);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DumpMatchesCPython(int index, string source)
    {
        AstCase expected = ParserCaseData.AstCases[index];
        var module = PythonParser.ParseModule(source, "<test>");
        Assert.Equal(expected.Dump, AstDump.Dump(module));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void PositionsMatchCPython(int index, string source)
    {
        AstCase expected = ParserCaseData.AstCases[index];
        var module = PythonParser.ParseModule(source, "<test>");
        Assert.Equal(expected.DumpWithAttributes, AstDump.Dump(module, includeAttributes: true));
    }
}
