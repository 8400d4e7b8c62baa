namespace Monty.Engine.Tests.Modules.Decimal;

/// <summary>decimal's current context is per-execution module state: a session dumped and loaded
/// keeps its precision, rounding, flags and traps, and the context object the script holds is
/// still the one decimal uses.</summary>
public sealed class DecimalSnapshotTests
{
    private static string Eval(MontySession session, string code)
    {
        var run = session.Feed(code);
        Assert.True(run.Status == ExecutionStatus.Completed, run.Error?.FormattedTraceback);
        return ((MontyStr)run.Result!).Value;
    }

    private const string Probe = "repr([Decimal(1) / 7, getcontext().prec, ctx is getcontext(), getcontext(), total])";

    [Fact]
    public void TheCurrentContextSurvivesDumpAndLoad()
    {
        var session = new MontySession();
        Eval(session, """
            from decimal import Decimal, getcontext, ROUND_DOWN, Inexact
            ctx = getcontext()
            ctx.prec = 6
            ctx.rounding = ROUND_DOWN
            ctx.traps[Inexact] = False
            total = sum([Decimal('0.1')] * 3) / 7
            ''
            """);
        var restored = MontySession.Load(session.Dump());
        var expected = Eval(session, Probe);
        Assert.Contains("prec=6, rounding=ROUND_DOWN", expected);
        Assert.Equal(expected, Eval(restored, Probe));
        // Changing the held context after loading still changes what decimal computes with.
        Assert.Equal("0.142", Eval(restored, "ctx.prec = 3\nstr(Decimal(1) / 7)"));
    }

    [Fact]
    public void ALocalContextInForceAtTheDumpIsRestoredOnExit()
    {
        var session = new MontySession();
        Eval(session, "from decimal import Decimal, getcontext, localcontext\nmanager = localcontext(prec=3)\nmanager.__enter__()\n''");
        var restored = MontySession.Load(session.Dump());
        Assert.Equal("0.333", Eval(restored, "str(Decimal(1) / 3)"));
        Assert.Equal("0.3333333333333333333333333333", Eval(restored, "manager.__exit__(None, None, None)\nstr(Decimal(1) / 3)"));
    }

    [Fact]
    public void FeedsOfASessionShareModuleState()
    {
        var session = new MontySession();
        Eval(session, "from decimal import getcontext\ngetcontext().prec = 4\n''");
        Assert.Equal("0.1429", Eval(session, "from decimal import Decimal\nstr(Decimal(1) / 7)"));
        var restored = MontySession.Load(session.Dump());
        Assert.Equal("0.1429", Eval(restored, "import decimal\nstr(decimal.Decimal(1) / 7)"));
    }
}
