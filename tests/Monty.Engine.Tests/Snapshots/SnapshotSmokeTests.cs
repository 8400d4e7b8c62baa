namespace Monty.Engine.Tests.Snapshots;

public class SnapshotSmokeTests
{
    [Fact]
    public void SimpleHostCallRoundTrips()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("x = fetch(1)\nprint('got', x)\nx + 1", ["fetch"]);
        Assert.Equal(MontyValue.From(2), outcome.Result);
        Assert.Equal("got 1\n", outcome.Output);
    }
}
