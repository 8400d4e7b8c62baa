using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

/// <summary>Entry points: source text to AST. Throws <see cref="SyntaxErrorException"/> for invalid
/// source (never a stack overflow: nesting is bounded by <see cref="Parser.MaxDepth"/>).</summary>
internal static class PythonParser
{
    public static ModuleNode ParseModule(string source, string fileName)
    {
        _ = fileName; // Reported by the caller alongside the exception's span.
        return new Parser(Normalize(source)).ParseModule();
    }

    /// <summary>Parses one expression (like <c>eval</c> mode), mainly for tests.</summary>
    public static Expr ParseExpression(string source) => new Parser(Normalize(source)).ParseExpressionInput();

    /// <summary>Universal newlines (as CPython reads source), a leading BOM dropped, NUL rejected.</summary>
    private static string Normalize(string source)
    {
        if (source.Length > 0 && source[0] == '\uFEFF')
        {
            source = source[1..];
        }

        if (source.Contains('\r'))
        {
            source = source.Replace("\r\n", "\n").Replace('\r', '\n');
        }

        int nul = source.IndexOf('\0');
        if (nul >= 0)
        {
            int line = 1 + source.AsSpan(0, nul).Count('\n');
            throw new SyntaxErrorException("source code cannot contain null bytes", new SourceSpan(line, 0, line, 1));
        }

        return source;
    }
}
