using System.Numerics;
using Monty.Engine.Parsing;
using Monty.Engine.Parsing.Ast;
using Xunit;
using Assert = Xunit.Assert;

namespace Monty.Engine.Tests.Lexing;

public sealed class TokenizerTests
{
    private static List<Token> Tokenize(string source)
    {
        var tokenizer = new Tokenizer(source);
        var tokens = new List<Token>();
        while (true)
        {
            Token t = tokenizer.Next();
            tokens.Add(t);
            if (t.Kind == TokenKind.EndMarker)
            {
                return tokens;
            }
        }
    }

    private static TokenKind[] Kinds(string source) => Tokenize(source).Select(t => t.Kind).ToArray();

    [Fact]
    public void SimpleLine()
    {
        Assert.Equal(
            [TokenKind.Name, TokenKind.Equal, TokenKind.Number, TokenKind.Plus, TokenKind.Number, TokenKind.Newline, TokenKind.EndMarker],
            Kinds("x = 1 + 2"));
    }

    [Fact]
    public void IndentAndDedent()
    {
        Assert.Equal(
            [
                TokenKind.If, TokenKind.Name, TokenKind.Colon, TokenKind.Newline,
                TokenKind.Indent, TokenKind.Pass, TokenKind.Newline,
                TokenKind.Dedent, TokenKind.Name, TokenKind.Newline, TokenKind.EndMarker,
            ],
            Kinds("if x:\n    pass\n\n  # comment\ny\n"));
    }

    [Fact]
    public void DedentsAtEndOfInput()
    {
        Assert.Equal(
            [
                TokenKind.If, TokenKind.Name, TokenKind.Colon, TokenKind.Newline, TokenKind.Indent,
                TokenKind.If, TokenKind.Name, TokenKind.Colon, TokenKind.Newline, TokenKind.Indent,
                TokenKind.Pass, TokenKind.Newline, TokenKind.Dedent, TokenKind.Dedent, TokenKind.EndMarker,
            ],
            Kinds("if a:\n if b:\n  pass"));
    }

    [Fact]
    public void ImplicitJoiningInsideBracketsAndBackslashContinuation()
    {
        Assert.Equal(
            [TokenKind.Name, TokenKind.Equal, TokenKind.LPar, TokenKind.Number, TokenKind.Comma, TokenKind.Number,
                TokenKind.RPar, TokenKind.Plus, TokenKind.Number, TokenKind.Newline, TokenKind.EndMarker],
            Kinds("x = (1,\n        2) + \\\n  3\n"));
    }

    [Fact]
    public void TabsAdvanceToMultiplesOfEight()
    {
        // A tab and eight spaces are the same indentation when the tab-as-one-column count agrees.
        Assert.Throws<SyntaxErrorException>(() => Tokenize("if x:\n\tif y:\n        pass\n"));
        var ex = Assert.Throws<SyntaxErrorException>(() => Tokenize("if x:\n\ty\n        z\n"));
        Assert.Equal("TabError", ex.PythonType);
        Tokenize("if x:\n\ty\n\tz\n");
    }

    [Fact]
    public void OperatorsAreLongestMatch()
    {
        Assert.Equal(
            [TokenKind.DoubleStarEqual, TokenKind.DoubleSlashEqual, TokenKind.RightShiftEqual, TokenKind.LeftShiftEqual,
                TokenKind.RArrow, TokenKind.ColonEqual, TokenKind.Ellipsis, TokenKind.NotEqual, TokenKind.AtEqual,
                TokenKind.Newline, TokenKind.EndMarker],
            Kinds("**= //= >>= <<= -> := ... != @="));
    }

    [Fact]
    public void KeywordsAndSoftKeywords()
    {
        var tokens = Tokenize("if match case _ type lambda");
        Assert.Equal(TokenKind.If, tokens[0].Kind);
        Assert.All(tokens.Skip(1).Take(4), t => Assert.Equal(TokenKind.Name, t.Kind));
        Assert.Equal(TokenKind.Lambda, tokens[5].Kind);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("1_000", "1000")]
    [InlineData("0xff", "255")]
    [InlineData("0o17", "15")]
    [InlineData("0b101", "5")]
    [InlineData("0x_dead_BEEF", "3735928559")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    [InlineData("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF", "340282366920938463463374607431768211455")]
    [InlineData("0b1111111111111111111111111111111111111111111111111111111111111111", "18446744073709551615")]
    public void IntegerLiterals(string source, string expected)
    {
        Assert.Equal(BigInteger.Parse(expected), Assert.IsType<BigInteger>(Tokenize(source)[0].Value));
    }

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData("1.", 1.0)]
    [InlineData(".5", 0.5)]
    [InlineData("1e3", 1000.0)]
    [InlineData("1_0.2_5e-1_0", 10.25e-10)]
    [InlineData("0.1", 0.1)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("09.5", 9.5)]
    public void FloatLiterals(string source, double expected)
    {
        Assert.Equal(expected, Assert.IsType<double>(Tokenize(source)[0].Value));
    }

    [Theory]
    [InlineData("1j")]
    [InlineData("1.5J")]
    public void ImaginaryLiteralsAreRejected(string source)
    {
        var ex = Assert.Throws<SyntaxErrorException>(() => Tokenize(source));
        Assert.Equal("imaginary numbers are not supported", ex.Message);
    }

    [Fact]
    public void NumberFollowedByKeywordIsAllowed()
    {
        Assert.Equal(
            [TokenKind.Number, TokenKind.If, TokenKind.Name, TokenKind.Else, TokenKind.Number, TokenKind.Newline, TokenKind.EndMarker],
            Kinds("1if x else 2"));
    }

    [Fact]
    public void StringTokensKeepPrefixAndQuoteInformation()
    {
        var tokens = Tokenize("rb'x' F\"y\" '''z''' u'w'");
        Assert.True(tokens[0].Flags.Has(StringFlags.Raw) && tokens[0].Flags.Has(StringFlags.Bytes));
        Assert.Equal(2, tokens[0].Flags.PrefixLength());
        Assert.True(tokens[1].Flags.Has(StringFlags.Format));
        Assert.Equal(3, tokens[2].Flags.QuoteLength());
        Assert.True(tokens[3].Flags.Has(StringFlags.Unicode));
    }

    [Fact]
    public void InvalidPrefixIsAName()
    {
        Assert.Equal([TokenKind.Name, TokenKind.String, TokenKind.Newline, TokenKind.EndMarker], Kinds("ub'x'"));
    }

    [Fact]
    public void TripleQuotedStringSpansLines()
    {
        Token t = Tokenize("x = '''a\nbc''' + y")[2];
        Assert.Equal(new SourceSpan(1, 4, 2, 5), t.Span);
    }

    [Fact]
    public void ColumnsCountCodePoints()
    {
        // '😀' is one code point but two UTF-16 units; 'é' is two UTF-8 bytes but one column.
        var tokens = Tokenize("s = '😀é' + x");
        Assert.Equal(new SourceSpan(1, 4, 1, 8), tokens[2].Span);
        Assert.Equal(new SourceSpan(1, 11, 1, 12), tokens[4].Span);
    }

    [Fact]
    public void NonAsciiIdentifiers()
    {
        // CPython also NFKC-normalizes identifiers; with InvariantGlobalization .NET leaves them as
        // written (a known difference, only visible with compatibility characters such as ligatures).
        Assert.Equal("日本", Tokenize("日本 = 1")[0].Value);
        Assert.Equal("é", Tokenize("é")[0].Value);
    }

    [Theory]
    [InlineData("a €", "invalid character '€' (U+20AC)")]
    [InlineData("a\u00a0b", "invalid non-printable character U+00A0")]
    [InlineData("'abc", "unterminated string literal (detected at line 1)")]
    [InlineData("'''a\nb", "unterminated triple-quoted string literal (detected at line 2)")]
    [InlineData("x = )", "unmatched ')'")]
    [InlineData("(]", "closing parenthesis ']' does not match opening parenthesis '('")]
    [InlineData("x \\ y", "unexpected character after line continuation character")]
    [InlineData("0o8", "invalid digit '8' in octal literal")]
    [InlineData("1__0", "invalid decimal literal")]
    [InlineData("0x", "invalid hexadecimal literal")]
    [InlineData("012", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")]
    [InlineData("if x:\n    a\n  b", "unindent does not match any outer indentation level")]
    public void Errors(string source, string message)
    {
        var ex = Assert.Throws<SyntaxErrorException>(() => Tokenize(source));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void StrayCharactersBecomeErrorTokens()
    {
        Assert.Equal(TokenKind.ErrorToken, Tokenize("$")[0].Kind);
        Assert.Equal(TokenKind.ErrorToken, Tokenize("?")[0].Kind);
    }

    [Fact]
    public void TooManyDecimalDigits()
    {
        var ex = Assert.Throws<SyntaxErrorException>(() => Tokenize(new string('1', Tokenizer.MaxDecimalDigits + 1)));
        Assert.StartsWith("Exceeds the limit (4300 digits) for integer string conversion", ex.Message);
        Tokenize("0x" + new string('f', 10_000));
    }
}
