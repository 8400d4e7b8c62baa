using Xunit;

namespace Monty.Engine.Tests.Conformance;

/// <summary>Every .py case under Cases/ must print what CPython 3.11 printed (.out) and end with
/// the same uncaught exception line (.err), if any. Cases listed in known_gaps.txt must instead
/// fail with the documented error, so a gap is visible and a fix is noticed.</summary>
public sealed class CaseTests
{
    public static IEnumerable<object[]> Cases() => CaseRunner.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string relativePath)
    {
        var (stdout, error) = CaseRunner.Run(relativePath);
        if (CaseRunner.KnownGaps.TryGetValue(relativePath, out var gapError))
        {
            Assert.Equal(gapError, error);
            return;
        }
        Assert.Equal(CaseRunner.Expected(relativePath, ".out"), stdout.TrimEnd('\n'));
        var expectedError = CaseRunner.Expected(relativePath, ".err");
        Assert.Equal(expectedError.Length == 0 ? null : expectedError, error);
    }

    [Fact]
    public void CorpusIsLargeAndCoversErrors()
    {
        var cases = CaseRunner.All().Select(c => (string)c[0]).ToList();
        Assert.True(cases.Count >= 300, $"only {cases.Count} cases");
        Assert.True(cases.Count(c => CaseRunner.Expected(c, ".err").Length > 0) >= 40);
    }
}
