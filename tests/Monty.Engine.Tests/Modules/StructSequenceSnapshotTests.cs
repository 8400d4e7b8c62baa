using Monty.Engine;
using Xunit;

namespace Monty.Engine.Tests.Modules;

/// <summary>Named-field tuples of engine modules (sys.version_info, functools' CacheInfo) survive
/// Dump/Load with their type and tuple behaviour.</summary>
public sealed class StructSequenceSnapshotTests
{
    private static string Eval(MontySession session, string code)
    {
        var run = session.Feed(code);
        Assert.True(run.Status == ExecutionStatus.Completed, run.Error?.FormattedTraceback);
        return ((MontyStr)run.Result!).Value;
    }

    private const string Probe = "repr([v, v >= (3, 8), v.minor, type(v), info, info.hits, info[1:], type(info)])";

    [Fact]
    public void VersionInfoAndCacheInfoRoundTrip()
    {
        var session = new MontySession();
        Eval(session, """
            import sys, functools
            v = sys.version_info
            @functools.cache
            def square(x):
                return x * x
            square(2); square(2); square(3)
            info = square.cache_info()
            ''
            """);
        var restored = MontySession.Load(session.Dump());
        var expected = Eval(session, Probe);
        Assert.Equal(expected, Eval(restored, Probe));
        Assert.Contains("True, 11, <class 'sys.version_info'>, CacheInfo(hits=1, misses=2, maxsize=None, currsize=2), 1, (2, None, 2), <class 'functools.CacheInfo'>", expected);
    }
}
