using Monty.Engine.Objects;
using Monty.Engine.Runtime;
using Monty.Engine.Tests.Conformance;

namespace Monty.Engine.Tests.Snapshots;

/// <summary>Idle sessions: the REPL namespace persists through Dump/Load.</summary>
public class SessionSnapshotTests
{
    private static MontyValue? Feed(MontySession session, string code)
    {
        var run = session.Feed(code);
        Assert.True(run.Status == ExecutionStatus.Completed, run.Error?.FormattedTraceback);
        return run.Result;
    }

    [Fact]
    public void LaterFeedsSeeEarlierVariablesFunctionsAndClosures()
    {
        var output = new CapturedOutput();
        var session = new MontySession(scriptName: "repl.py", output: output);
        Feed(session, """
            x = 41
            def make_adder(n):
                def add(m):
                    return n + m
                return add
            add2 = make_adder(2)
            data = {'k': [1, 2]}
            alias = data['k']
            gen = (i * i for i in range(4))
            first = next(gen)
            """);
        var restored = MontySession.Load(session.Dump(), output);
        Assert.Equal("repl.py", restored.ScriptName);
        Assert.Equal(MontyValue.From(43), Feed(restored, "x + add2(0)"));
        Assert.Equal(MontyValue.From(7), Feed(restored, "make_adder(3)(4)"));
        Assert.Equal(MontyValue.True, Feed(restored, "alias.append(3)\ndata['k'] is alias and data['k'] == [1, 2, 3]"));
        Assert.Equal(new MontyList([MontyValue.From(1), MontyValue.From(4), MontyValue.From(9)]), Feed(restored, "list(gen)"));
        Feed(restored, "print('hello from', x)");
        Assert.Equal("hello from 41\n", output.Text);
        // And again, after more feeds.
        var again = MontySession.Load(restored.Dump());
        Assert.Equal(MontyValue.From(3), Feed(again, "len(alias)"));
    }

    [Fact]
    public void FunctionAttributesDefaultsAndExceptionsSurvive()
    {
        var session = new MontySession();
        Feed(session, """
            def f(a, b=[1], *, c={'k': 2}):
                "doc"
                return a
            f.tag = 'x'
            f.__name__ = 'renamed'
            try:
                undefined_name
            except NameError as e:
                err = e
            """);
        var restored = MontySession.Load(session.Dump());
        Assert.Equal(MontyValue.From("x|renamed|doc|([1],)|{'c': {'k': 2}}|name 'undefined_name' is not defined|undefined_name"),
            Feed(restored, "'|'.join([f.tag, f.__name__, f.__doc__, repr(f.__defaults__), repr(f.__kwdefaults__), str(err), err.name])"));
    }

    [Fact]
    public void HostFunctionsAndLimitsArePreserved()
    {
        var limits = new ResourceLimits { MaxSuspensions = 7, MaxRecursionDepth = 50 };
        var session = new MontySession(["fetch", "store"], limits);
        Feed(session, "y = 5");
        var restored = MontySession.Load(session.Dump());
        Assert.Equal(["fetch", "store"], restored.HostFunctions);
        Assert.Equal(limits, restored.Limits);
        var run = restored.Feed("fetch(y)");
        Assert.Equal(ExecutionStatus.CallPending, run.Status);
        Assert.Equal("fetch", run.PendingCall!.FunctionName);
        Assert.Equal([MontyValue.From(5)], run.PendingCall.Args);
        Assert.Equal(MontyValue.From(6), run.Resume(MontyValue.From(6)).Result);
    }

    [Fact]
    public void FeedSuspendedInExecutionContinuesInSessionAfterLoad()
    {
        var session = new MontySession(["fetch"]);
        var run = session.Feed("v = fetch(1)\ndef twice(a):\n    return a * 2");
        var restored = MontyExecution.Load(run.Dump());
        Assert.Throws<InvalidOperationException>(() => restored.Session.Feed("1"));
        Assert.Throws<InvalidOperationException>(() => restored.Session.Dump());
        Assert.Equal(ExecutionStatus.Completed, restored.Resume(MontyValue.From(21)).Status);
        Assert.Equal(MontyValue.From(42), Feed(restored.Session, "twice(v)"));
        // A finished execution dumps its session.
        var next = restored.Session.Feed("twice(v) + 1");
        var fromExecution = MontySession.Load(next.Dump());
        Assert.Equal(MontyValue.From(42), Feed(fromExecution, "twice(v)"));
    }

    [Fact]
    public void KindsAreNotInterchangeable()
    {
        var session = new MontySession(["fetch"]);
        var sessionBytes = session.Dump();
        var running = session.Feed("fetch()");
        var executionBytes = running.Dump();
        Assert.Contains("MontySession.Load", Assert.Throws<MontySnapshotException>(() => MontyExecution.Load(sessionBytes)).Message);
        Assert.Contains("MontyExecution.Load", Assert.Throws<MontySnapshotException>(() => MontySession.Load(executionBytes)).Message);
    }

    /// <summary>Every conformance case leaves its objects in the session namespace: dumping and
    /// loading that namespace must keep every binding's repr (a broad sweep over object kinds).</summary>
    [Fact]
    public void EveryCaseNamespaceRoundTrips()
    {
        var checkedCases = 0;
        foreach (var path in CaseRunner.All().Select(p => (string)p[0]))
        {
            var session = new MontySession(limits: new ResourceLimits { MaxDuration = TimeSpan.FromSeconds(20) },
                output: new CapturedOutput(), scriptName: path);
            session.Feed(File.ReadAllText(Path.Combine(CaseRunner.CasesRoot, path)));
            var restored = MontySession.Load(session.Dump());
            var before = Reprs(session);
            var after = Reprs(restored);
            Assert.True(before.SequenceEqual(after), $"{path}: namespace differs after load:\n{string.Join("\n", before.Except(after))}\n---\n{string.Join("\n", after.Except(before))}");
            checkedCases++;
        }
        Assert.True(checkedCases > 300);
    }

    private static List<string> Reprs(MontySession session)
    {
        var reprs = new List<string>();
        foreach (var kv in session.Globals.Bindings())
        {
            string text;
            try
            {
                // Identity-based reprs (functions, objects) name an address-like id; keep the type only.
                text = kv.Value is PyFunction or PyGenerator or Monty.Engine.Builtins.PyBareObject or PyCell or PyIterator or PyBoundMethod
                    ? kv.Value.Type.Name
                    : System.Text.RegularExpressions.Regex.Replace(Repr.Of(kv.Value), " (at|@) 0x[0-9a-f]+", " at 0x?");
            }
            catch (PyException e)
            {
                text = "error " + e.Value.ExceptionType.Name;
            }
            catch (InvalidOperationException)
            {
                // A user __repr__ runs Python, which needs a running execution; keep the type only.
                text = kv.Value.Type.Name;
            }
            reprs.Add(kv.Key + "=" + text);
        }
        return reprs;
    }
}
