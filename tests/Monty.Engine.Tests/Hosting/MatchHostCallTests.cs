using Xunit;

namespace Monty.Engine.Tests.Hosting;

/// <summary>Host calls inside a match statement (subject, guard, case body) suspend and resume
/// with the pattern's stack state intact.</summary>
public sealed class MatchHostCallTests
{
    [Theory]
    [InlineData("match fetch(4):\n    case 8:\n        r = 'doubled'\n    case _:\n        r = 'no'\nr", "doubled")]
    [InlineData("def f(v):\n    match v:\n        case [a, b] if fetch(a) > b:\n            return 'guard true'\n        case [a, b]:\n            return 'guard false'\n    return 'none'\nf([3, 5]) + ',' + f([1, 5])", "guard true,guard false")]
    [InlineData("match {'k': 'x', 'n': 2}:\n    case {'k': str(s), **rest} if fetch(s) == 'X':\n        r = fetch(s) + str(rest)\n    case _:\n        r = 'no'\nr", "X{'n': 2}")]
    [InlineData("out = []\nfor item in [(1, 'a'), [2, 'b'], 'c']:\n    match item:\n        case (n, str(t)) if fetch(n) == n * 2:\n            out.append(fetch(t))\n        case other:\n            out.append(fetch(other))\n','.join(out)", "A,B,C")]
    [InlineData("def g(xs):\n    for x in xs:\n        match x:\n            case int(n) | [int(n)] if fetch(n) > 2:\n                yield n\n            case _:\n                yield fetch('no')\nstr(list(g([1, [2], 3, [4]])))", "['NO', 2, 3, 4]")]
    public void HostCallsSuspendInsideMatch(string code, string expected)
    {
        var (run, _, calls) = HostCallTests.RunWithFetch(code);
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.NotEmpty(calls);
        var result = run.Result is MontyStr s ? s.Value : run.Result?.ToString();
        Assert.Equal(expected, result);
    }

    [Fact]
    public void HostErrorInGuardPropagatesOutOfTheMatch()
    {
        var program = MontyProgram.Compile(
            "try:\n    match [1]:\n        case [x] if fetch(x):\n            r = 'yes'\nexcept ValueError as e:\n    r = 'caught ' + str(e)\nr",
            "main.py", hostFunctions: ["fetch"]);
        var run = program.Start();
        Assert.Equal(ExecutionStatus.CallPending, run.Status);
        run = run.ResumeWithException("ValueError", "bad guard");
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(new MontyStr("caught bad guard"), run.Result);
    }
}
