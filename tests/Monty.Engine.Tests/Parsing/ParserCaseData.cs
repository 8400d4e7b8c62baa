using System.Text.Json;
using System.Text.Json.Serialization;

namespace Monty.Engine.Tests.Parsing;

/// <summary>The CPython-generated case files (see gen_ast_cases.py), loaded once.</summary>
internal static class ParserCaseData
{
    public static readonly IReadOnlyList<AstCase> AstCases = Load<AstCase>("ast_cases.json");

    public static readonly IReadOnlyList<SyntaxErrorCase> SyntaxErrorCases = Load<SyntaxErrorCase>("syntax_error_cases.json");

    private static List<T> Load<T>(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Parsing", fileName);
        return JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path))!;
    }
}

internal sealed record AstCase(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("dump")] string Dump,
    [property: JsonPropertyName("dump_attrs")] string DumpWithAttributes);

internal sealed record SyntaxErrorCase(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("line")] int Line);
