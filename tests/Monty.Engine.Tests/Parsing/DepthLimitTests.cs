using System.Text;
using Monty.Engine.Parsing;
using Xunit;

namespace Monty.Engine.Tests.Parsing;

/// <summary>Pathologically nested input must end in a SyntaxError, never a stack overflow (which would
/// kill the process), and nesting just under the limit must parse even on a small thread stack.</summary>
public sealed class DepthLimitTests
{
    private static string Repeat(string s, int n) => new StringBuilder(s.Length * n).Insert(0, s, n).ToString();

    private static SyntaxErrorException Fails(string source) =>
        Assert.Throws<SyntaxErrorException>(() => PythonParser.ParseModule(source, "<test>"));

    [Fact]
    public void TenThousandParentheses()
    {
        var ex = Fails(Repeat("(", 10_000) + Repeat(")", 10_000));
        Assert.Equal("too many nested parentheses", ex.Message);
    }

    [Fact]
    public void TwoHundredParenthesesAreAllowedAsInCPython()
    {
        PythonParser.ParseModule(Repeat("(", 200) + "1" + Repeat(")", 200), "<test>");
        Assert.Equal("too many nested parentheses", Fails(Repeat("(", 201) + "1" + Repeat(")", 201)).Message);
    }

    [Fact]
    public void HundredThousandUnaryMinus()
    {
        var ex = Fails(Repeat("-", 100_000) + "1");
        Assert.Equal("too many nested expressions", ex.Message);
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{", "}")]
    [InlineData("f(", ")")]
    [InlineData("a[", "]")]
    [InlineData("{1: ", "}")]
    [InlineData("-(", ")")]
    [InlineData("[*", "]")]
    [InlineData("(lambda: ", ")")]
    [InlineData("await (", ")")]
    public void DeeplyNestedBrackets(string open, string close)
    {
        var ex = Fails("x = " + Repeat(open, 10_000) + "1" + Repeat(close, 10_000));
        Assert.Contains("too many nested", ex.Message);
    }

    [Theory]
    [InlineData("not ")]
    [InlineData("~")]
    [InlineData("lambda: ")]
    [InlineData("1 if x else ")]
    [InlineData("2 ** ")]
    [InlineData("+-~")]
    public void DeeplyNestedOperators(string prefix)
    {
        var ex = Fails("x = " + Repeat(prefix, 50_000) + "1");
        Assert.Contains("too many nested", ex.Message);
    }

    [Fact]
    public void NestedFStrings()
    {
        // Quotes cannot be reused inside a 3.11 f-string, so depth comes from brackets in the field.
        var ex = Fails("f'{" + Repeat("(", 10_000) + "x" + Repeat(")", 10_000) + "}'");
        Assert.Equal("f-string: too many nested parenthesis", ex.Message);

        ex = Fails("f'{" + Repeat("-", 10_000) + "x}'");
        Assert.Contains("too many nested", ex.Message);

        ex = Fails("f'{x:{y:{z}}}'");
        Assert.Equal("f-string: expressions nested too deeply", ex.Message);

        // Four quote styles allow four levels of genuinely nested f-strings.
        PythonParser.ParseModule("f'''{f\"\"\"{f'{f\"{x}\"}'}\"\"\"}'''", "<test>");
    }

    [Fact]
    public void FiveHundredNestedIfBlocks()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 500; i++)
        {
            sb.Append(' ', i).Append("if x:\n");
        }

        sb.Append(' ', 500).Append("pass\n");
        var ex = Fails(sb.ToString());
        Assert.Equal("too many levels of indentation", ex.Message);
        Assert.Equal("IndentationError", ex.PythonType);
    }

    [Fact]
    public void LongFlatChainsAreNotNesting()
    {
        // Left-associative chains are built iteratively: deep AST, no parser recursion.
        PythonParser.ParseModule("x = " + string.Join(" + ", Enumerable.Repeat("1", 100_000)), "<test>");
        PythonParser.ParseModule("x = " + string.Join(" and ", Enumerable.Repeat("a", 100_000)), "<test>");
        PythonParser.ParseModule("x = a" + Repeat(".b", 100_000), "<test>");
        PythonParser.ParseModule("x = f" + Repeat("()", 100_000), "<test>");
    }

    /// <summary>Stack given to the parsing thread below. Measured: the deepest nesting the limit
    /// allows uses about 200 KB with optimized code (1 KB per level; it overflows at 192 KB), so 199
    /// levels fit in 256 KB, a quarter of the default 1 MB. Unoptimized Debug code has frames about 2.4x
    /// larger (about 480 KB for 199 levels), hence the larger stack when the tests run in Debug.</summary>
#if DEBUG
    private const int SmallStack = 512 * 1024;
#else
    private const int SmallStack = 256 * 1024;
#endif

    /// <summary>Each shape nested just under the limit parses on a small stack.</summary>
    [Fact]
    public void DepthJustUnderTheLimitFitsInASmallStack()
    {
        foreach (string source in DeepSources(Parser.MaxDepth - 1))
        {
            // JIT everything on this thread first: compiling a method at the deepest point would also
            // use the small stack.
            PythonParser.ParseModule(DeepSources(3)[Array.IndexOf(DeepSources(Parser.MaxDepth - 1), source)], "<warmup>");
        }

        foreach (string source in DeepSources(Parser.MaxDepth - 1))
        {
            Exception? failure = null;
            var thread = new Thread(
                () =>
                {
                    try
                    {
                        PythonParser.ParseModule(source, "<test>");
                    }
                    catch (Exception e)
                    {
                        failure = e;
                    }
                },
                SmallStack);
            thread.Start();
            thread.Join();
            Assert.True(failure == null, $"{source[..Math.Min(60, source.Length)]}: {failure}");
        }
    }

    private static string[] DeepSources(int n) =>
    [
        "x = " + Repeat("(", n) + "1" + Repeat(")", n),
        "x = " + Repeat("[", n) + "1" + Repeat("]", n),
        "x = " + Repeat("{1: ", n) + "1" + Repeat("}", n),
        "x = " + Repeat("f(", n) + "1" + Repeat(")", n),
        "x = " + Repeat("f(a, *b, c=", n) + "1" + Repeat(")", n),
        "x = " + Repeat("a[", n) + "1" + Repeat("]", n),
        "x = " + Repeat("a[1:", n) + "1" + Repeat("]", n),
        "x = " + Repeat("-", n) + "1",
        "x = " + Repeat("not ", n) + "1",
        "x = " + Repeat("lambda: ", n) + "1",
        "x = " + Repeat("lambda x=", n) + "1" + Repeat(": x", n),
        "x = " + Repeat("a if b else ", n) + "1",
        "x = " + Repeat("2 ** ", n) + "1",
        "x = " + Repeat("await (", n / 2) + "1" + Repeat(")", n / 2),
        "x = " + Repeat("-(", n / 2) + "1" + Repeat(")", n / 2),
        "x = " + Repeat("a + (", n / 2) + "1" + Repeat(")", n / 2),
        // Every precedence level before each bracket: each climb is counted as nesting too.
        "x = " + Repeat("a or b and not c < d | e ^ f & g << h + i * (", n / 11) + "1" + Repeat(")", n / 11),
        "x = " + Repeat("[y for y in ", n) + "z" + Repeat("]", n),
        "x = " + Repeat("{**", n) + "z" + Repeat("}", n),
        "f'{" + Repeat("(", n - 2) + "x" + Repeat(")", n - 2) + "}'",
        Nested("if x:\n", Math.Min(n, Tokenizer.MaxIndent - 1), "pass\n"),
        Nested("def f():\n", Math.Min(n, Tokenizer.MaxIndent - 1), "pass\n"),
        Nested("class C:\n", Math.Min(n, Tokenizer.MaxIndent - 1), "pass\n"),
        Nested("try:\n", Math.Min(n, Tokenizer.MaxIndent - 1), "pass\n"),
        Nested("with a as b:\n", Math.Min(n, Tokenizer.MaxIndent - 1), "pass\n"),
        Nested("match x:\n case 1:\n", Math.Min(n, Tokenizer.MaxIndent - 1) / 2, "pass\n"),
        "match x:\n case " + Repeat("[", n) + "1" + Repeat("]", n) + ":\n  pass\n",
        "match x:\n case " + Repeat("C(", n) + "1" + Repeat(")", n) + ":\n  pass\n",
        "match x:\n case " + Repeat("{1: ", n) + "1" + Repeat("}", n) + ":\n  pass\n",
    ];

    private static string Nested(string header, int levels, string body)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < levels; i++)
        {
            sb.Append(' ', i).Append(header);
        }

        sb.Append(' ', levels).Append(body);
        if (header.StartsWith("try", StringComparison.Ordinal))
        {
            for (int i = levels - 1; i >= 0; i--)
            {
                sb.Append(' ', i).Append("finally:\n").Append(' ', i + 1).Append("pass\n");
            }
        }
        else if (header.StartsWith("match", StringComparison.Ordinal))
        {
            sb.Clear();
            for (int i = 0; i < levels; i++)
            {
                sb.Append(' ', 2 * i).Append("match x:\n").Append(' ', (2 * i) + 1).Append("case 1:\n");
            }

            sb.Append(' ', 2 * levels).Append(body);
        }

        return sb.ToString();
    }
}
