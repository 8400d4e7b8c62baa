namespace Monty.Engine.Tests.Modules.Re;

/// <summary>Bytes patterns and their matches survive Dump/Load: the pattern keeps its bytes source
/// and flags, the match its bytes subject and groups.</summary>
public sealed class BytesPatternSnapshotTests
{
    private static string Eval(MontySession session, string code)
    {
        var run = session.Feed(code);
        Assert.True(run.Status == ExecutionStatus.Completed, run.Error?.FormattedTraceback);
        return ((MontyStr)run.Result!).Value;
    }

    private const string Probe = "repr([p, p.flags, m, m.string, m.groups(), m.span(1), p.sub(b'#', b'x=1 y=22')])";

    [Fact]
    public void ABytesPatternAndMatchRoundTrip()
    {
        var session = new MontySession();
        Eval(session, "import re\np = re.compile(rb'(\\w)=(\\d+)', re.I)\nm = p.search(b'.. k=42 ..')\n''");
        var restored = MontySession.Load(session.Dump());
        var expected = Eval(session, Probe);
        Assert.Equal(expected, Eval(restored, Probe));
        Assert.Equal("[re.compile(b'(\\\\w)=(\\\\d+)', re.IGNORECASE), 2, <re.Match object; span=(3, 7), match=b'k=42'>, b'.. k=42 ..', (b'k', b'42'), (3, 4), b'# #']", expected);
    }
}
