using Monty.Engine.Parsing;
using Monty.Engine.Parsing.Ast;
using Xunit;
using Assert = Xunit.Assert;

namespace Monty.Engine.Tests.Lexing;

public sealed class StringLiteralTests
{
    private static object? Value(string source) => Assert.IsType<Constant>(PythonParser.ParseExpression(source)).Value;

    [Theory]
    [InlineData(@"'\n\t\\\'\""'", "\n\t\\'\"")]
    [InlineData(@"'\a\b\f\v\0'", "\a\b\f\v\0")]
    [InlineData(@"'\101\7\0101'", "A\u0007\u00081")]
    [InlineData(@"'\x41\xe9'", "Aé")]
    [InlineData(@"'\u00e9\u20ac'", "é€")]
    [InlineData(@"'\U0001F600'", "😀")]
    [InlineData(@"'\N{BULLET} \N{em dash} \N{LATIN SMALL LETTER Z} \N{GREEK SMALL LETTER PI}'", "• — z π")]
    [InlineData(@"'\q'", @"\q")]
    [InlineData("'a\\\nb'", "ab")]
    [InlineData(@"r'\n\x'", @"\n\x")]
    [InlineData("'a' \"b\" '''c'''", "abc")]
    [InlineData("'😀x'", "😀x")]
    public void StrLiterals(string source, string expected)
    {
        Assert.Equal(expected, Value(source));
    }

    [Fact]
    public void BytesLiterals()
    {
        Assert.Equal(new byte[] { 0, 255, 10, (byte)'\\', (byte)'u', 0xFF }, Value(@"b'\x00\xff\n\u' b'\777'"));
        Assert.Equal("\\x"u8.ToArray(), Value(@"rb'\x'"));
    }

    [Theory]
    [InlineData(@"'\x4'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape")]
    [InlineData(@"'\U00110000'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character")]
    [InlineData(@"'\N{NO SUCH NAME}'", "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-15: unknown Unicode character name")]
    [InlineData("b'é'", "bytes can only contain ASCII literal characters")]
    [InlineData("b'a' 'b'", "cannot mix bytes and nonbytes literals")]
    [InlineData(@"b'\x4'", "(value error) invalid \\x escape at position 0")]
    public void Errors(string source, string message)
    {
        var ex = Assert.Throws<SyntaxErrorException>(() => PythonParser.ParseExpression(source));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void FStringExpressionsHaveExactPositions()
    {
        var joined = Assert.IsType<JoinedStr>(PythonParser.ParseExpression("f'ab{x + 1!r:>{w}}'"));
        var field = Assert.IsType<FormattedValue>(joined.Values[1]);
        Assert.Equal(new SourceSpan(1, 5, 1, 10), field.Value.Span);
        Assert.Equal('r', field.Conversion);
        var spec = Assert.IsType<JoinedStr>(field.FormatSpec);
        Assert.Equal(new SourceSpan(1, 15, 1, 16), Assert.IsType<FormattedValue>(spec.Values[1]).Value.Span);
    }

    [Fact]
    public void FStringDebugSpecifier()
    {
        var joined = Assert.IsType<JoinedStr>(PythonParser.ParseExpression("f'{x = }'"));
        Assert.Equal("x = ", Assert.IsType<Constant>(joined.Values[0]).Value);
        Assert.Equal('r', Assert.IsType<FormattedValue>(joined.Values[1]).Conversion);
    }
}
