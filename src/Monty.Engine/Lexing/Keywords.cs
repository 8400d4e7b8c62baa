namespace Monty.Engine.Parsing;

/// <summary>Hard keyword lookup on a span, so identifiers that are keywords never allocate a string.</summary>
internal static class Keywords
{
    public static TokenKind Lookup(ReadOnlySpan<char> word) => word switch
    {
        "False" => TokenKind.False,
        "None" => TokenKind.None,
        "True" => TokenKind.True,
        "and" => TokenKind.And,
        "as" => TokenKind.As,
        "assert" => TokenKind.Assert,
        "async" => TokenKind.Async,
        "await" => TokenKind.Await,
        "break" => TokenKind.Break,
        "class" => TokenKind.Class,
        "continue" => TokenKind.Continue,
        "def" => TokenKind.Def,
        "del" => TokenKind.Del,
        "elif" => TokenKind.Elif,
        "else" => TokenKind.Else,
        "except" => TokenKind.Except,
        "finally" => TokenKind.Finally,
        "for" => TokenKind.For,
        "from" => TokenKind.From,
        "global" => TokenKind.Global,
        "if" => TokenKind.If,
        "import" => TokenKind.Import,
        "in" => TokenKind.In,
        "is" => TokenKind.Is,
        "lambda" => TokenKind.Lambda,
        "nonlocal" => TokenKind.Nonlocal,
        "not" => TokenKind.Not,
        "or" => TokenKind.Or,
        "pass" => TokenKind.Pass,
        "raise" => TokenKind.Raise,
        "return" => TokenKind.Return,
        "try" => TokenKind.Try,
        "while" => TokenKind.While,
        "with" => TokenKind.With,
        "yield" => TokenKind.Yield,
        _ => TokenKind.Name,
    };

    /// <summary>The source spelling of a keyword or operator kind, for error messages.</summary>
    public static string Spelling(TokenKind kind) => kind switch
    {
        TokenKind.LPar => "(", TokenKind.RPar => ")", TokenKind.LSqb => "[", TokenKind.RSqb => "]",
        TokenKind.LBrace => "{", TokenKind.RBrace => "}", TokenKind.Colon => ":", TokenKind.Comma => ",",
        TokenKind.Equal => "=", TokenKind.In => "in", TokenKind.Import => "import", TokenKind.Else => "else",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
