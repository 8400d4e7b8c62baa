using Monty.Engine.Parsing.Ast;

namespace Monty.Engine.Parsing;

/// <summary>One token. Start/End are UTF-16 offsets into the source (for slicing), Span is the
/// line/column range the AST reports. Value holds the identifier (Name) or the number (BigInteger or
/// double); strings are decoded later by the parser from the raw text, described by Flags.</summary>
internal readonly struct Token(TokenKind kind, int start, int end, SourceSpan span, object? value = null, StringFlags flags = 0)
{
    public TokenKind Kind { get; } = kind;

    public int Start { get; } = start;

    public int End { get; } = end;

    public SourceSpan Span { get; } = span;

    public object? Value { get; } = value;

    public StringFlags Flags { get; } = flags;

    public override string ToString() => $"{Kind} {Span.Line}:{Span.Column}-{Span.EndLine}:{Span.EndColumn} {Value}";
}

/// <summary>What a string token's prefix and quotes were. The prefix length lives in the high byte so
/// the content range can be recovered without rescanning.</summary>
[Flags]
internal enum StringFlags
{
    None = 0,
    Raw = 1,
    Bytes = 2,
    Format = 4,
    Unicode = 8,
    Triple = 16,
}

internal static class StringFlagsExtensions
{
    private const int PrefixShift = 8;

    public static StringFlags WithPrefixLength(this StringFlags flags, int length) => flags | (StringFlags)(length << PrefixShift);

    public static int PrefixLength(this StringFlags flags) => ((int)flags >> PrefixShift) & 0xFF;

    public static int QuoteLength(this StringFlags flags) => (flags & StringFlags.Triple) != 0 ? 3 : 1;

    public static bool Has(this StringFlags flags, StringFlags bit) => (flags & bit) != 0;
}
