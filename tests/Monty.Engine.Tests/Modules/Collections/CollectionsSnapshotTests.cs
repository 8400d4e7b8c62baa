using Monty.Engine;
using Xunit;

namespace Monty.Engine.Tests.Modules.Collections;

/// <summary>Counter, defaultdict, OrderedDict and namedtuple instances (dict and tuple subclass
/// instances of engine-module classes) survive Dump/Load with their class, contents and behaviour.</summary>
public sealed class CollectionsSnapshotTests
{
    private static string Eval(MontySession session, string code)
    {
        var run = session.Feed(code);
        Assert.True(run.Status == ExecutionStatus.Completed, run.Error?.FormattedTraceback);
        return ((MontyStr)run.Result!).Value;
    }

    private const string Setup = """
        from collections import Counter, defaultdict, OrderedDict, namedtuple
        c = Counter('abracadabra')
        d = defaultdict(list)
        d['x'].append(1)
        o = OrderedDict(a=1, b=2)
        o.move_to_end('a')
        P = namedtuple('P', 'x y', defaults=[0])
        p = P(3)
        ''
        """;

    // Uses each object's own behaviour after the round trip: __missing__, ordering, fields, methods.
    private const string Probe = """
        d['y'].append(2)
        c['z'] += 1
        o.move_to_end('b')
        repr([c, c.most_common(2), d, o, o == OrderedDict(a=1, b=2), p, p.x, p._replace(y=5), P(1, y=2), P._fields,
              type(c).__mro__, isinstance(d, dict), isinstance(p, tuple), p == (3, 0), d.default_factory, c['nothing']])
        """;

    [Fact]
    public void CounterDefaultdictOrderedDictAndNamedtupleRoundTrip()
    {
        var session = new MontySession();
        Eval(session, Setup);
        var restored = MontySession.Load(session.Dump());
        var expected = Eval(session, Probe);
        Assert.Equal(expected, Eval(restored, Probe));
        Assert.Contains("Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1, 'z': 1})", expected);
        Assert.Contains("defaultdict(<class 'list'>, {'x': [1], 'y': [2]})", expected);
        Assert.Contains("OrderedDict([('a', 1), ('b', 2)]), True, P(x=3, y=0), 3, P(x=3, y=5), P(x=1, y=2), ('x', 'y')", expected);
        Assert.EndsWith("True, True, True, <class 'list'>, 0]", expected);
    }

    [Fact]
    public void DefaultdictFactoryLambdaSurvivesTwoRoundTrips()
    {
        var session = new MontySession();
        Eval(session, """
            from collections import defaultdict
            labels = defaultdict(lambda: 'unknown', {1: 'one'})
            ''
            """);
        var twice = MontySession.Load(MontySession.Load(session.Dump()).Dump());
        Assert.Equal("one unknown [1, 2]", Eval(twice, "f'{labels[1]} {labels[2]} {sorted(labels)}'"));
    }
}
