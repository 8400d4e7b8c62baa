namespace Monty.Engine.Parsing;

/// <summary>Token kinds. Operators and hard keywords get their own kind so the parser compares
/// enums, never strings; soft keywords (match, case, _, type) stay <see cref="Name"/>.</summary>
internal enum TokenKind : byte
{
    EndMarker,
    Newline,
    Indent,
    Dedent,
    Name,
    Number,
    String,

    /// <summary>A character that starts no token (<c>$</c>, <c>?</c>, a backquote): the parser reports it
    /// as "invalid syntax" when it gets there, as CPython does.</summary>
    ErrorToken,

    // Operators and delimiters.
    LPar, RPar, LSqb, RSqb, LBrace, RBrace,
    Colon, Comma, Semi, Dot, Ellipsis, At, RArrow, ColonEqual, Equal, Exclamation,
    Plus, Minus, Star, Slash, DoubleSlash, Percent, DoubleStar, VBar, Amper, Circumflex, Tilde,
    LeftShift, RightShift,
    Less, Greater, EqEqual, NotEqual, LessEqual, GreaterEqual,
    PlusEqual, MinEqual, StarEqual, SlashEqual, DoubleSlashEqual, PercentEqual, DoubleStarEqual,
    AtEqual, VBarEqual, AmperEqual, CircumflexEqual, LeftShiftEqual, RightShiftEqual,

    // Hard keywords.
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
}
