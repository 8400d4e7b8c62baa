using Monty.Engine.Tests.Hosting;
using Xunit;

namespace Monty.Engine.Tests.Modules.Collections;

/// <summary>A dict subclass's __missing__ (defaultdict's factory, a user class's) runs as a VM
/// frame, so a host call inside it suspends and resumes like any other call.</summary>
public sealed class CollectionsHostCallTests
{
    [Theory]
    [InlineData("from collections import defaultdict\nd = defaultdict(lambda: fetch(21))\nd['k'] + d['k'] + len(d)", 85)]
    [InlineData("from collections import defaultdict\nd = defaultdict(lambda: fetch(1))\nd['a'] += 5\nd['a']", 7)]
    [InlineData("class D(dict):\n    def __missing__(self, key):\n        return fetch(key)\nD()[5] + dict.__getitem__(D(), 3)", 16)]
    [InlineData("from collections import Counter\nc = Counter([fetch(1), fetch(1), 3])\nc[2] * 10 + c[3]", 21)]
    public void HostCallsInMissingSuspend(string code, int expected)
    {
        var (run, _, calls) = HostCallTests.RunWithFetch(code);
        Assert.True(run.Status == ExecutionStatus.Completed, run.Error?.FormattedTraceback);
        Assert.NotEmpty(calls);
        Assert.Equal(new MontyInt(expected), run.Result);
    }
}
