using System.Numerics;

namespace Monty.Engine.Tests.Snapshots;

/// <summary>Scripts that stop at host calls in every kind of frame produce the same result and
/// output when each stop is dumped and resumed in a freshly loaded execution.</summary>
public class HostCallSnapshotTests
{
    private static readonly string[] Fetch = ["fetch"];

    private static MontyValue? Double(HostCall call) => call.Args[0] switch
    {
        MontyInt i => MontyValue.From(i.Value * 2),
        MontyStr s => MontyValue.From(s.Value + s.Value),
        var other => other,
    };

    private static MontyValue Ints(params long[] values) => new MontyList(values.Select(MontyValue.From).ToList());

    [Fact]
    public void NestedFunctions()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            def outer(n):
                def inner(m):
                    return fetch(m) + 1
                total = 0
                for i in range(n):
                    total += inner(i)
                return total
            print(outer(4))
            outer(3)
            """, Fetch, Double);
        Assert.Equal(MontyValue.From(9), outcome.Result);
        Assert.Equal("16\n", outcome.Output);
    }

    [Fact]
    public void MethodCallsWaitingOnHostCalls()
    {
        // obj.method(fetch(...)) keeps a method (or a null marker, for non-methods) and self on the
        // caller's stack while the host call is pending.
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            import math
            class Acc:
                def __init__(self, start):
                    self.total = start
                def add(self, x):
                    self.total += fetch(x)
                    return self
            a = Acc(fetch(1))
            a.add(fetch(2)).add(3)
            parts = []
            parts.append(fetch("ab"))
            [a.total, math.floor(fetch(5)), parts]
            """, Fetch, Double);
        Assert.Equal(new MontyList([MontyValue.From(16), MontyValue.From(10), new MontyList([MontyValue.From("abab")])]), outcome.Result);
    }

    [Fact]
    public void Closures()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            def counter():
                count = 0
                def bump(step):
                    nonlocal count
                    count += fetch(step)
                    return count
                return bump
            c = counter()
            c(1); c(2)
            d = counter()
            [c(3), d(10), c.__name__]
            """, Fetch, Double);
        Assert.Equal(new MontyList([MontyValue.From(12), MontyValue.From(20), MontyValue.From("bump")]), outcome.Result);
    }

    [Fact]
    public void GeneratorIteratedByForLoop()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            def gen(n):
                for i in range(n):
                    yield fetch(i)
                    print('after', i)
            out = []
            for v in gen(3):
                out.append(v)
            out
            """, Fetch, Double);
        Assert.Equal(Ints(0, 2, 4), outcome.Result);
        Assert.Equal("after 0\nafter 1\nafter 2\n", outcome.Output);
    }

    [Fact]
    public void GeneratorExpressionConsumedBySum()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("sum(fetch(x) for x in range(5))", Fetch, Double);
        Assert.Equal(MontyValue.From(20), outcome.Result);
    }

    [Fact]
    public void ListAndDictComprehensions()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            squares = [fetch(x) * x for x in range(4) if x != 2]
            names = {k: fetch(k) for k in ['a', 'b']}
            [squares, names]
            """, Fetch, Double);
        Assert.Equal(new MontyList([
            Ints(0, 2, 18),
            new MontyDict([new(MontyValue.From("a"), MontyValue.From("aa")), new(MontyValue.From("b"), MontyValue.From("bb"))]),
        ]), outcome.Result);
    }

    [Fact]
    public void SortedWithHostKeyRunsInThePrelude()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("sorted([3, 1, 2, 5], key=lambda x: fetch(x))",
            Fetch, call => MontyValue.From(-((MontyInt)call.Args[0]).Value));
        Assert.Equal(Ints(5, 3, 2, 1), outcome.Result);
        Assert.Equal(4, outcome.HostCalls);
    }

    [Fact]
    public void MapAndFilterCallbacks()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            mapped = list(map(fetch, [1, 2, 3]))
            kept = list(filter(lambda x: fetch(x) > 4, [1, 2, 3, 4]))
            [mapped, kept, min([3, 1, 2], key=fetch)]
            """, Fetch, Double);
        Assert.Equal(new MontyList([Ints(2, 4, 6), Ints(3, 4), MontyValue.From(1)]), outcome.Result);
    }

    [Fact]
    public void TryFinally()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            log = []
            def f():
                try:
                    log.append(fetch(1))
                    return 'body'
                finally:
                    log.append(fetch(2))
            [f(), log]
            """, Fetch, Double);
        Assert.Equal(new MontyList([MontyValue.From("body"), Ints(2, 4)]), outcome.Result);
    }

    [Fact]
    public void ExceptHandler()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            try:
                1 / 0
            except ZeroDivisionError as e:
                msg = str(e) + ':' + fetch('x')
                try:
                    fetch('inner')
                finally:
                    print('cleanup')
            msg
            """, Fetch, Double);
        Assert.Equal(MontyValue.From("division by zero:xx"), outcome.Result);
        Assert.Equal("cleanup\n", outcome.Output);
    }

    [Fact]
    public void LoopWithAHundredCalls()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            total = 0
            for i in range(100):
                total += fetch(i)
            total
            """, Fetch, Double);
        Assert.Equal(MontyValue.From(9900), outcome.Result);
        Assert.Equal(100, outcome.HostCalls);
        Assert.Equal(100, outcome.LastCallId);
    }

    [Fact]
    public void HostExceptionsAreCaughtByTheScript()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            caught = []
            for i in range(3):
                try:
                    fetch(i)
                except ValueError as e:
                    caught.append((i, str(e)))
            caught
            """, Fetch, call => ((MontyInt)call.Args[0]).Value == 1 ? MontyValue.From(0) : null);
        Assert.Equal(new MontyList([
            new MontyTuple([MontyValue.From(0), MontyValue.From("boom")]),
            new MontyTuple([MontyValue.From(2), MontyValue.From("boom")]),
        ]), outcome.Result);
    }

    [Fact]
    public void UncaughtHostExceptionFailsTheSameWay()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            def f():
                return fetch(1)
            f()
            """, Fetch, _ => null);
        Assert.Equal(ExecutionStatus.Failed, outcome.Status);
        Assert.Contains("ValueError: boom", outcome.Error);
        Assert.Contains("line 2, in f", outcome.Error);
    }

    [Fact]
    public void ChainedExceptionInState()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            try:
                try:
                    {}['missing']
                except KeyError as inner:
                    raise ValueError('outer') from inner
            except ValueError as e:
                saved = e
            fetch(1)
            try:
                raise RuntimeError('while handling')
            except RuntimeError as r:
                fetch(2)
                chained = r
            [repr(saved), repr(saved.__cause__), saved.__suppress_context__, repr(chained.__context__)]
            """, Fetch, Double);
        Assert.Equal(new MontyList([
            MontyValue.From("ValueError('outer')"), MontyValue.From("KeyError('missing')"), MontyValue.True, MontyValue.From("None"),
        ]), outcome.Result);
    }

    [Fact]
    public void HandledExceptionSurvivesSuspensionInsideHandler()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            try:
                raise KeyError('k')
            except KeyError:
                fetch(1)
                try:
                    raise ValueError('v')
                except ValueError as v:
                    ctx = repr(v.__context__)
                try:
                    raise
                except KeyError as again:
                    reraised = repr(again)
            [ctx, reraised]
            """, Fetch, Double);
        Assert.Equal(new MontyList([MontyValue.From("KeyError('k')"), MontyValue.From("KeyError('k')")]), outcome.Result);
    }

    [Fact]
    public void SharedObjectsStaySharedAfterLoad()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            a = [1, 2]
            b = a
            d = {'x': a}
            fetch(0)
            b.append(3)
            [a, d['x'] is a, a is b]
            """, Fetch, Double);
        Assert.Equal(new MontyList([Ints(1, 2, 3), MontyValue.True, MontyValue.True]), outcome.Result);
    }

    [Fact]
    public void CyclesSurvive()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            a = []
            a.append(a)
            d = {}
            d['self'] = d
            fetch(0)
            [a[0] is a, d['self'] is d, repr(a), repr(d)]
            """, Fetch, Double);
        Assert.Equal(new MontyList([MontyValue.True, MontyValue.True, MontyValue.From("[[...]]"), MontyValue.From("{'self': {...}}")]),
            outcome.Result);
    }

    [Fact]
    public void BigIntsAndFloats()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            big = 2 ** 200 + 1
            neg = -(3 ** 90)
            f = [0.1, -0.0, float('inf'), 1e300]
            fetch(big)
            [big, neg, big % 97, repr(f)]
            """, Fetch, Double);
        Assert.Equal(new MontyList([
            new MontyInt(BigInteger.Pow(2, 200) + 1), new MontyInt(-BigInteger.Pow(3, 90)),
            new MontyInt((BigInteger.Pow(2, 200) + 1) % 97), MontyValue.From("[0.1, -0.0, inf, 1e+300]"),
        ]), outcome.Result);
    }

    [Fact]
    public void UnicodeStrings()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            s = 'héllo 😀 wörld ✓'
            lone = '\udcff'
            r = fetch(s)
            print(r)
            [len(s), s[6], len(r), len(lone), ord(lone)]
            """, Fetch, Double);
        Assert.Equal(new MontyList([
            MontyValue.From(15), MontyValue.From("😀"), MontyValue.From(30), MontyValue.From(1), MontyValue.From(0xDCFF),
        ]), outcome.Result);
        Assert.Equal("héllo 😀 wörld ✓héllo 😀 wörld ✓\n", outcome.Output);
    }

    [Fact]
    public void ContainersAndIteratorsMidIteration()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            d = {'a': 1, 'b': 2, 'c': 3}
            del d['a']
            s = {1, 2, 3}
            fs = frozenset([(1, None), 'x'])
            keyed = {(1, None): 'tuple with None', None: 'none', fs: 'frozen'}
            out = []
            for k, v in d.items():
                out.append((k, fetch(v)))
            for i, ch in enumerate('xyz'):
                out.append(fetch(ch) + str(i))
            for a, b in zip([1, 2], 'pq'):
                out.append((fetch(a), b))
            it = iter(range(10, 13))
            next(it)
            fetch(0)
            out.append(list(it))
            out.append(list(reversed([1, 2, 3])))
            out.append(keyed[(1, None)] + keyed[None] + keyed[frozenset(['x', (1, None)])])
            out.append(sorted(s) + [len(d.keys()), slice(1, 2, None).stop])
            repr(out)
            """, Fetch);
        Assert.Equal(MontyValue.From("[('b', 2), ('c', 3), 'x0', 'y1', 'z2', (1, 'p'), (2, 'q'), [11, 12], [3, 2, 1], " +
            "'tuple with Nonenonefrozen', [1, 2, 3, 2, 2]]"), outcome.Result);
    }

    [Fact]
    public void KeywordArgumentsOfThePendingCall()
    {
        var plain = SnapshotKit.AssertSameWithSnapshots("fetch(1, 'two', key=[3], other=None)", Fetch,
            call => new MontyTuple([.. call.Args, .. call.Kwargs.Select(kv => (MontyValue)new MontyTuple([MontyValue.From(kv.Key), kv.Value]))]));
        Assert.Equal(4, ((MontyTuple)plain.Result!).Items.Count);
    }

    [Fact]
    public void GeneratorDrivenByNext()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            def gen():
                got = yield fetch('start')
                yield fetch(str(got))
            g = gen()
            first = next(g)
            second = next(g)
            third = next(g, 'default')
            [first, second, third]
            """, Fetch, Double);
        Assert.Equal(new MontyList([MontyValue.From("startstart"), MontyValue.From("NoneNone"), MontyValue.From("default")]), outcome.Result);
    }

    [Fact]
    public void YieldFromAndNestedGenerators()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            def inner(n):
                for i in range(n):
                    yield fetch(i)
                return 'done'
            def outer():
                result = yield from inner(2)
                yield result
            list(outer())
            """, Fetch, Double);
        Assert.Equal(new MontyList([MontyValue.From(0), MontyValue.From(2), MontyValue.From("done")]), outcome.Result);
    }

    [Fact]
    public void ResourceUsageCarriesOver()
    {
        var execution = MontyProgram.Compile("for i in range(3):\n    fetch(i)\nprint('x' * 10)", hostFunctions: Fetch).Start();
        execution = execution.Resume(MontyValue.None);
        var before = execution.Usage;
        var restored = MontyExecution.Load(execution.Dump());
        Assert.Equal(before.Suspensions, restored.Usage.Suspensions);
        Assert.Equal(before.Instructions, restored.Usage.Instructions);
        Assert.Equal(before.Elapsed, restored.Usage.Elapsed);
        Assert.Equal(before.Allocations, restored.Usage.Allocations);
        Assert.Equal(execution.Session.Limits, restored.Session.Limits);
        restored = restored.Resume(MontyValue.None).Resume(MontyValue.None);
        Assert.Equal(ExecutionStatus.Completed, restored.Status);
        Assert.Equal(3, restored.Usage.Suspensions);
        Assert.Equal(11, restored.Usage.OutputBytes);
    }

    [Fact]
    public void SuspensionLimitAppliesAcrossLoads()
    {
        var limits = new ResourceLimits { MaxSuspensions = 2 };
        var outcome = SnapshotKit.RunThroughSnapshots("for i in range(5):\n    fetch(i)", Fetch, SnapshotKit.Echo, limits);
        Assert.Equal(ExecutionStatus.Failed, outcome.Status);
        Assert.Equal(2, outcome.HostCalls);
    }

    /// <summary>Suspensions with partial work on the value stack and block stack.</summary>
    [Fact]
    public void HostCallsInEveryStackShape()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            out = []
            def deco(fn):
                fetch('decorating')
                return fn
            @deco
            def f(a, b=fetch(5), *rest, key=None, **extra):
                return [a, b, rest, key, extra]
            out.append(f(fetch(1), *[fetch(2), 3], key=fetch(4), **{'z': fetch(6)}))
            out.append(f"<{fetch(7)}|{fetch('s')!r:>5}>")
            out.append(1 < fetch(2) < 3 and fetch(0) or fetch('or'))
            d = {}
            d[fetch('k')] = fetch('v')
            a, (b, *c) = fetch(1), [fetch(2), fetch(3), 4]
            out.append((d, a, b, c))
            n = 0
            while fetch(n) < 3:
                n += 1
                if n == 2:
                    continue
            out.append(n)
            for i in range(5):
                try:
                    if fetch(i) == 3:
                        break
                    raise KeyError(i)
                except KeyError:
                    try:
                        fetch('handler')
                    finally:
                        out.append(('finally', fetch(i)))
            assert fetch(True), 'not reached'
            def g():
                yield fetch('g1')
                yield fetch('g2')
            out.append(list(zip(g(), g())))
            out.append(list(enumerate(g(), fetch(10))))
            out.append(any(fetch(x) for x in [0, 0, 1]))
            out.append(all(fetch(x) for x in [1, 0]))
            out.append(max(g(), key=lambda v: fetch(len(v))))
            out.append({k: v for k, v in zip('ab', map(fetch, [1, 2]))})
            out.append(sum([fetch(x) for x in range(3)], fetch(100)))
            out.append(str(out))
            out
            """, Fetch);
        Assert.Equal(ExecutionStatus.Completed, outcome.Status);
        Assert.True(outcome.HostCalls > 40, $"{outcome.HostCalls} calls");
    }

    [Fact]
    public void FinallyRunsOnTheExceptionPathAfterLoad()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            log = []
            def risky():
                try:
                    raise ValueError(fetch('bad'))
                finally:
                    log.append(fetch('cleanup'))
            try:
                risky()
            except ValueError as e:
                log.append(str(e))
            log
            """, Fetch, Double);
        Assert.Equal(new MontyList([MontyValue.From("cleanupcleanup"), MontyValue.From("badbad")]), outcome.Result);
    }
}
