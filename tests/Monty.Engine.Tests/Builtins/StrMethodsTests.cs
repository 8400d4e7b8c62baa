using Xunit;

namespace Monty.Engine.Tests.Builtins;

/// <summary>str methods and str indexing against CPython 3.11's results (str_cases.jsonl).</summary>
public class StrMethodsTests
{
    public static IEnumerable<object[]> Methods => MethodCases.Methods("str");

    [Theory]
    [MemberData(nameof(Methods))]
    public void MatchesCPython(string method)
    {
        var failures = MethodCases.Run("str", method);
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches:\n" + string.Join("\n", failures.Take(40)));
    }
}
