using System.Diagnostics;
using System.Text.RegularExpressions;
using Monty.Engine.Modules.Re;
using Monty.Engine.Runtime;
using Xunit;

namespace Monty.Engine.Tests.Modules;

/// <summary>The Python-to-.NET regex translation: output syntax, group numbering, flags, and the
/// re.error messages CPython gives for bad patterns.</summary>
public sealed class RegexTranslatorTests
{
    private static string Net(string pattern, int flags = 0) => RegexTranslator.Translate(pattern, flags).DotNet;

    [Theory]
    [InlineData(@"abc", "abc")]
    [InlineData(@"a\Z", @"a\z")]
    [InlineData(@"(?P<year>\d+)-(?P=year)", @"((?:\d)+)-\k<1>")]
    [InlineData(@"x{,3}", "(?:x){0,3}")]
    [InlineData(@"x{2", @"x\u007B2")]
    [InlineData(@"a*+", "(?>(?:a)*)")]
    [InlineData(@"a+?", "(?:a)+?")]
    [InlineData(@"[]a]", @"[\u005Da]")]
    [InlineData(@"[a-z[]", @"[a-z\u005B]")]
    [InlineData(@"(?#comment)a", "a")]
    [InlineData(@"(?i:a)b", "(?i:a)b")]
    [InlineData(@"\x41\u00e9\101", "A\u00e9A")]
    public void TranslatesSyntax(string python, string expected) => Assert.Equal(expected, Net(python));

    [Fact]
    public void ClassEscapesFollowPythonUnicodeAndAsciiMeanings()
    {
        Assert.Equal(@"[\p{L}\p{N}_]+", Net(@"\w+").Replace("(?:", "").Replace(")+", "+"));
        Assert.Equal("[a-zA-Z0-9_]", Net(@"\w", RegexFlags.Ascii));
        Assert.Equal("[0-9]", Net(@"(?a)\d"));
        Assert.Equal(@"[\s\x1c-\x1f]", Net(@"\s"));
    }

    [Fact]
    public void NamedGroupsKeepPythonNumbering()
    {
        var t = RegexTranslator.Translate(@"(a)(?P<n>b)(c)", 0);
        Assert.Equal(3, t.Groups);
        Assert.Equal(2, t.IndexOf("n"));
        var m = new Regex(t.DotNet).Match("abc");
        Assert.Equal("b", m.Groups[2].Value);
    }

    [Fact]
    public void VerboseModeDropsWhitespaceAndComments()
    {
        Assert.Equal(@"a[\u0020]b\u0020", Net("a [ ]b # comment\n \\ ", RegexFlags.Verbose));
    }

    [Fact]
    public void AstralCharactersAreOneAtom()
    {
        var t = RegexTranslator.Translate("😀+", 0);
        Assert.Matches(new Regex("^" + t.DotNet + "$"), "😀😀");
        var range = RegexTranslator.Translate("[\\U0001F600-\\U0001F64F]", 0);
        Assert.Matches(new Regex("^" + range.DotNet + "$"), "🙂");
        Assert.DoesNotMatch(new Regex("^" + range.DotNet + "$"), "a");
    }

    [Theory]
    [InlineData("(", "missing ), unterminated subpattern at position 0")]
    [InlineData(")", "unbalanced parenthesis at position 0")]
    [InlineData("[a", "unterminated character set at position 0")]
    [InlineData("*a", "nothing to repeat at position 0")]
    [InlineData("a**", "multiple repeat at position 2")]
    [InlineData("\\q", "bad escape \\q at position 0")]
    [InlineData("(?P<a>x)(?P<a>y)", "redefinition of group name 'a' as group 2; was group 1 at position 12")]
    [InlineData("[z-a]", "bad character range z-a at position 1")]
    [InlineData("(?<=a+)b", "look-behind requires fixed-width pattern")]
    [InlineData("(a)\\2", "invalid group reference 2 at position 4")]
    [InlineData("a(?i)b", "global flags not at the start of the expression at position 1")]
    [InlineData("a\n(b", "missing ), unterminated subpattern at position 2 (line 2, column 1)")]
    public void BadPatternsRaiseCPythonErrors(string pattern, string message)
    {
        var e = Assert.Throws<PyException>(() => RegexTranslator.Translate(pattern, 0));
        Assert.Equal("error", e.Value.ExceptionType.Name);
        Assert.Equal(message, ((Monty.Engine.Objects.PyStr)e.Value.Args.Items[0]).Value);
    }

    [Fact]
    public void CatastrophicBacktrackingEndsInTimeoutError()
    {
        var watch = Stopwatch.StartNew();
        var run = new MontySession(limits: ResourceLimits.SafeDefaults with { MaxDuration = TimeSpan.FromMilliseconds(300) })
            .Feed("import re\ntry:\n    re.match('(a+)+$', 'a' * 50 + 'b')\nexcept Exception:\n    pass");
        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Equal("TimeoutError", run.Error!.TypeName);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), watch.Elapsed.ToString());
    }
}
