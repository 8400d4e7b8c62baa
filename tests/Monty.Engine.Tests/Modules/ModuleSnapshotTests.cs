
namespace Monty.Engine.Tests.Modules;

/// <summary>Module values in a session's state survive Dump/Load: datetimes, timedeltas, timezones,
/// Random generators (mid-sequence), UUIDs and hash objects.</summary>
public sealed class ModuleSnapshotTests
{
    private static string Eval(MontySession session, string code)
    {
        var run = session.Feed(code);
        Assert.True(run.Status == ExecutionStatus.Completed, run.Error?.FormattedTraceback);
        return ((MontyStr)run.Result!).Value;
    }

    private const string Probe = "repr([dt, d, t, td, tz, naive, fr, u, h.hexdigest(), r.random(), r.gauss(), random.random(), draw()])";

    [Fact]
    public void ModuleValuesRoundTrip()
    {
        var session = new MontySession();
        Eval(session, """
            import datetime, random, uuid, hashlib, fractions
            fr = fractions.Fraction(-10**30, 7)
            from random import random as draw
            tz = datetime.timezone(datetime.timedelta(hours=-3), 'BRT')
            dt = datetime.datetime(2024, 2, 29, 23, 59, 58, 999, tzinfo=tz)
            naive = datetime.datetime(1999, 12, 31, fold=1)
            d = datetime.date(2000, 1, 1)
            t = datetime.time(1, 2, 3, tzinfo=datetime.timezone.utc)
            td = datetime.timedelta(days=-2, microseconds=5)
            u = uuid.uuid5(uuid.NAMESPACE_DNS, 'monty')
            h = hashlib.sha256(b'part one ')
            r = random.Random(7)
            r.random(); r.gauss()
            random.seed(3)
            random.random()
            ''
            """);
        var restored = MontySession.Load(session.Dump());
        Eval(session, "h.update(b'two')\n''");
        Eval(restored, "h.update(b'two')\n''");
        var expected = Eval(session, Probe);
        Assert.Equal(expected, Eval(restored, Probe));
        Assert.Equal(Eval(session, "str(dt + td - datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC))"),
            Eval(restored, "str(dt + td - datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC))"));
    }

    [Fact]
    public void AnUnseededGeneratorStaysUnseeded()
    {
        var session = new MontySession();
        Eval(session, "import random\nr = random.Random(1)\n''");
        var restored = MontySession.Load(session.Dump());
        Assert.Equal("PermissionError", restored.Feed("random.random()").Error!.TypeName);
    }
}
