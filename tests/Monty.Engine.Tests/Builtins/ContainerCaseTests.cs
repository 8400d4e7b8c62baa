using Xunit;
namespace Monty.Engine.Tests.Builtins;

/// <summary>Methods of list, tuple, dict, set, frozenset, int and float, and the builtin type
/// constructors, checked row by row against behaviour recorded from CPython 3.11
/// (Data/container_cases.jsonl, made by Data/gen_container_cases.py).</summary>
public class ContainerCaseTests
{
    private const string File = "container_cases.jsonl";

    public static TheoryData<string> MethodCases => CaseData.Ids(File, k => k is "method" or "static");

    public static TheoryData<string> ConstructorCases => CaseData.Ids(File, k => k == "ctor");

    [Theory]
    [MemberData(nameof(MethodCases))]
    public void MethodMatchesCPython(string id)
    {
        var problem = CaseData.Check(File, id);
        Assert.True(problem is null, problem);
    }

    [Theory]
    [MemberData(nameof(ConstructorCases))]
    public void ConstructorMatchesCPython(string id)
    {
        var problem = CaseData.Check(File, id);
        Assert.True(problem is null, problem);
    }
}
