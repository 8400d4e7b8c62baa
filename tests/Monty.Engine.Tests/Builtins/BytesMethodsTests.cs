using Xunit;

namespace Monty.Engine.Tests.Builtins;

/// <summary>bytes methods and bytes indexing against CPython 3.11's results (str_cases.jsonl).</summary>
public class BytesMethodsTests
{
    public static IEnumerable<object[]> Methods => MethodCases.Methods("bytes");

    [Theory]
    [MemberData(nameof(Methods))]
    public void MatchesCPython(string method)
    {
        var failures = MethodCases.Run("bytes", method);
        Assert.True(failures.Count == 0, $"{failures.Count} mismatches:\n" + string.Join("\n", failures.Take(40)));
    }
}
