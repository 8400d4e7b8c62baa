using Monty.Engine;
using Xunit;

namespace Monty.Engine.Tests.Modules.Statistics;

/// <summary>What the CPython-oracle cases cannot show: unseeded sampling needs the entropy grant,
/// and NormalDist / LinearRegression values survive Dump/Load.</summary>
public sealed class StatisticsSessionTests
{
    private static string Eval(MontySession session, string code)
    {
        var run = session.Feed(code);
        Assert.True(run.Status == ExecutionStatus.Completed, run.Error?.FormattedTraceback);
        return ((MontyStr)run.Result!).Value;
    }

    [Fact]
    public void SamplesWithoutASeedNeedEntropyLikeTheRandomModule()
    {
        var session = new MontySession();
        var fromRandom = session.Feed("import random\nrandom.random()").Error!;
        var fromSamples = session.Feed("import statistics\nstatistics.NormalDist().samples(3)").Error!;
        Assert.Equal("PermissionError", fromSamples.TypeName);
        Assert.Equal(fromRandom.TypeName, fromSamples.TypeName);
        Assert.Equal(fromRandom.Message, fromSamples.Message);
    }

    [Fact]
    public void SamplesWithASeedAreDeterministic()
    {
        var session = new MontySession();
        Assert.Equal("[9.711819340844142, 9.654192799336961, 9.777368276864674, 11.403967450197726]",
            Eval(session, "import statistics\nrepr(statistics.NormalDist(10, 2).samples(4, seed=42))"));
    }

    [Fact]
    public void NormalDistAndRegressionResultsRoundTrip()
    {
        var session = new MontySession();
        Eval(session, """
            import statistics
            n = statistics.NormalDist(100, 15) + statistics.NormalDist(3, 4)
            fit = statistics.linear_regression([1, 2, 3, 4], [2.5, 4.0, 6.5, 8.0])
            ''
            """);
        var restored = MontySession.Load(session.Dump());
        const string probe = "repr([n, n.inv_cdf(0.9), n == statistics.NormalDist(103, n.stdev), fit, fit.slope, n * 2])";
        var expected = Eval(session, probe);
        Assert.Equal(expected, Eval(restored, probe));
        Assert.StartsWith("[NormalDist(mu=103.0, sigma=15.524174696260024), ", expected);
    }
}
