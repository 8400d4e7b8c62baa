namespace Monty.Engine.Tests.Snapshots;

/// <summary>An execution suspended inside a match statement (subject copy and captured values on the
/// value stack) dumps, loads in a fresh execution and finishes the same way.</summary>
public class MatchSnapshotTests
{
    private static readonly string[] Fetch = ["fetch"];

    private static MontyValue? Double(HostCall call) => call.Args[0] switch
    {
        MontyInt i => MontyValue.From(i.Value * 2),
        MontyStr s => MontyValue.From(s.Value + s.Value),
        var other => other,
    };

    [Fact]
    public void SuspendedInGuardAndBody()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            def describe(v):
                match v:
                    case [int(a), *rest] if fetch(a) > 4:
                        return f"big {a} {rest}"
                    case {"name": str(n), **others} if fetch(n) != n:
                        print("body", fetch(len(others)))
                        return n
                    case (x, y) | [y, x, _]:
                        return fetch(x) - y
                    case _:
                        return None
            out = [describe([3, 1, 2]), describe({"name": "ab", "k": 1}), describe((5, 1)), describe([1, 7, 0]), describe(9)]
            print(out)
            out
            """, Fetch, Double);
        Assert.Equal("body 2\n['big 3 [1, 2]', 'ab', 'big 5 [1]', 13, None]\n", outcome.Output);
    }
}
