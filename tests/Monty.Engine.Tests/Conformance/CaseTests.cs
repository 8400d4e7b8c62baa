namespace Monty.Engine.Tests.Conformance;

/// <summary>Every .py case under Cases/ must print what CPython 3.11 printed (.out) and end with
/// the same uncaught exception line (.err), if any.</summary>
public sealed class CaseTests
{
    public static IEnumerable<object[]> Cases() => CaseRunner.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string relativePath)
    {
        var (stdout, error) = CaseRunner.Run(relativePath);
        Assert.Equal(CaseRunner.Expected(relativePath, ".out"), stdout.TrimEnd('\n'));
        var expectedError = CaseRunner.Expected(relativePath, ".err");
        Assert.Equal(expectedError.Length == 0 ? null : expectedError, error);
    }
}
