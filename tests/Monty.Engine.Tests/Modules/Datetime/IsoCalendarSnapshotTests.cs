using Monty.Engine;
using Xunit;

namespace Monty.Engine.Tests.Modules.Datetime;

/// <summary>isocalendar() results (datetime.IsoCalendarDate, a tuple subclass) survive Dump/Load
/// with their type, fields and tuple behaviour.</summary>
public sealed class IsoCalendarSnapshotTests
{
    private static string Eval(MontySession session, string code)
    {
        var run = session.Feed(code);
        Assert.True(run.Status == ExecutionStatus.Completed, run.Error?.FormattedTraceback);
        return ((MontyStr)run.Result!).Value;
    }

    private const string Probe =
        "repr([iso, iso.year, iso.week, iso.weekday, iso == (2024, 1, 1), type(iso).__name__, iso[1:], stored['k'], tuple(iso)])";

    [Fact]
    public void IsoCalendarDateRoundTrips()
    {
        var session = new MontySession();
        Eval(session, "import datetime\niso = datetime.date(2024, 1, 1).isocalendar()\nstored = {'k': datetime.datetime(2020, 12, 31).isocalendar()}\n''");
        var restored = MontySession.Load(session.Dump());
        var expected = Eval(session, Probe);
        Assert.Equal(expected, Eval(restored, Probe));
        Assert.StartsWith("[datetime.IsoCalendarDate(year=2024, week=1, weekday=1), 2024, 1, 1, True, 'IsoCalendarDate', (1, 1), datetime.IsoCalendarDate(year=2020, week=53, weekday=4), (2024, 1, 1)]", expected);
    }
}
