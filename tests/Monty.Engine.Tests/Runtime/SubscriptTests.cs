using Xunit;
using Monty.Engine.Tests.Builtins;

namespace Monty.Engine.Tests.Runtime;

/// <summary>obj[key], obj[key] = value and del obj[key], checked against CPython 3.11
/// (the getitem/setitem/delitem rows of Builtins/Data/container_cases.jsonl).</summary>
public class SubscriptTests
{
    private const string File = "container_cases.jsonl";

    public static TheoryData<string> Cases => CaseData.Ids(File, k => k is "getitem" or "setitem" or "delitem");

    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string id)
    {
        var problem = CaseData.Check(File, id);
        Assert.True(problem is null, problem);
    }
}
