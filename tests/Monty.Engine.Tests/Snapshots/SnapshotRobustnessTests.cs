using System.Reflection;
using Monty.Engine.Objects;
using Monty.Engine.Snapshots;

namespace Monty.Engine.Tests.Snapshots;

/// <summary>Deep structures, unsupported objects and the name registries.</summary>
public class SnapshotRobustnessTests
{
    [Fact]
    public void MillionDeepNestingDumpsAndLoadsWithoutRecursion()
    {
        // Built natively (a script loop of a million iterations only slows the test down).
        PyObject list = new PyList();
        PyObject dict = new PyDict();
        for (var i = 0; i < 1_000_000; i++) list = new PyList([list]);
        for (var i = 0; i < 100_000; i++)
        {
            var outer = new PyDict();
            outer.SetStr("d", dict);
            dict = outer;
        }
        var session = new MontySession();
        session.Globals.Set("a", list);
        session.Globals.Set("d", dict);
        // Dump and load on a small stack: any recursion over the nesting would overflow it.
        MontySession? restored = null;
        var thread = new Thread(() => restored = MontySession.Load(session.Dump()), 256 * 1024);
        thread.Start();
        thread.Join();
        var run = restored!.Feed("""
            n = 0
            while a:
                a = a[0]
                n += 1
            m = 0
            while d:
                d = d['d']
                m += 1
            [n, m]
            """);
        Assert.Equal(new MontyList([MontyValue.From(1_000_000), MontyValue.From(100_000)]), run.Result);
    }

    [Fact]
    public void DeepTupleChainRoundTripsInAnExecution()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            t = ()
            for i in range(20000):
                t = (t, i)
            fetch(0)
            m = 0
            while t:
                t = t[0]
                m += 1
            m
            """, ["fetch"]);
        Assert.Equal(MontyValue.From(20000), outcome.Result);
    }

    [Fact]
    public void DeeplyNestedGeneratorsRoundTrip()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            g = iter([1, 2, 3])
            for i in range(300):
                g = (x + 1 for x in g)
            [fetch(v) for v in g]
            """, ["fetch"]);
        Assert.Equal(new MontyList([MontyValue.From(301), MontyValue.From(302), MontyValue.From(303)]), outcome.Result);
    }

    [Fact]
    public void UnknownObjectTypesFailTheDumpByName()
    {
        var session = new MontySession();
        session.Globals.Set("odd", new TailCall(PySingleton.None, []));
        var e = Assert.Throws<InvalidOperationException>(() => session.Dump());
        Assert.Contains("TailCall", e.Message);
    }

    [Fact]
    public void EveryBuiltinTypeHasASnapshotName()
    {
        var listed = BuiltinRegistry.Types.ToHashSet();
        var missing = typeof(PyObject).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Where(f => f.FieldType == typeof(PyType) && f.IsInitOnly)
            .Select(f => (Field: f, Type: (PyType)f.GetValue(null)!))
            .Where(x => !listed.Contains(x.Type))
            .Select(x => $"{x.Field.DeclaringType!.Name}.{x.Field.Name}")
            .ToList();
        Assert.True(missing.Count == 0, "Add to BuiltinRegistry.Types: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryBuiltinFunctionAndTypeResolvesByName()
    {
        foreach (var type in BuiltinRegistry.Types)
        {
            Assert.True(BuiltinRegistry.TryGetTypeName(type, out var name));
            Assert.Same(type, BuiltinRegistry.FindType(name));
            foreach (var kv in type.Dict)
            {
                if (kv.Value is not PyBuiltinFunction f) continue;
                Assert.True(BuiltinRegistry.TryGetFunctionKey(f, out var key), $"{type.Name}.{kv.Key}");
                Assert.Same(f, BuiltinRegistry.FindFunction(key.Owner, key.Name));
            }
        }
        foreach (var kv in Monty.Engine.Builtins.BuiltinsTable.All)
        {
            if (kv.Value is PyBuiltinFunction f)
            {
                Assert.True(BuiltinRegistry.TryGetFunctionKey(f, out var key), kv.Key);
                Assert.Same(f, BuiltinRegistry.FindFunction(key.Owner, key.Name));
            }
        }
    }

    [Fact]
    public void BuiltinsAndBoundMethodsKeepIdentity()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            f = len
            up = 'abc'.upper
            fk = dict.fromkeys
            t = type([])
            it_type = type(iter([]))
            fetch(0)
            [f is len, up(), fk('ab'), t is list, it_type.__name__, type(iter([])) is it_type]
            """, ["fetch"]);
        Assert.Equal(ExecutionStatus.Completed, outcome.Status);
        var items = ((MontyList)outcome.Result!).Items;
        Assert.Equal(MontyValue.True, items[0]);
        Assert.Equal(MontyValue.From("ABC"), items[1]);
        Assert.Equal(MontyValue.True, items[3]);
        Assert.Equal(MontyValue.From("list_iterator"), items[4]);
        Assert.Equal(MontyValue.True, items[5]);
    }

    [Fact]
    public void PreludeFunctionsReferToTheLoadingExecutionsPrelude()
    {
        // __map's generator frame and its prelude globals are suspended inside the prelude.
        var execution = MontyProgram.Compile("m = map(fetch, [1, 2])\nnext(m)\nlist(m)", hostFunctions: ["fetch"]).Start();
        var bytes = execution.Dump();
        var text = System.Text.Encoding.Latin1.GetString(bytes);
        Assert.DoesNotContain("__materialise", text); // prelude code is referenced, not copied
        var restored = MontyExecution.Load(bytes).Resume(MontyValue.From(10));
        restored = MontyExecution.Load(restored.Dump()).Resume(MontyValue.From(20));
        Assert.Equal(new MontyList([MontyValue.From(20)]), restored.Result);
    }

    [Fact]
    public void TruncatedAndForeignBytesAreRejected()
    {
        Assert.Contains("MONTYSNP", Assert.Throws<MontySnapshotException>(() => MontySession.Load([1, 2, 3])).Message);
        var bytes = new MontySession().Dump();
        bytes[8] = 99;
        Assert.Contains("version 99", Assert.Throws<MontySnapshotException>(() => MontySession.Load(bytes)).Message);
        var good = new MontySession().Dump();
        Assert.Contains("truncated", Assert.Throws<MontySnapshotException>(() => MontySession.Load(good[..^1])).Message);
        Assert.Contains("unexpected bytes", Assert.Throws<MontySnapshotException>(() => MontySession.Load([.. good, 0])).Message);
    }

    private static void RegisterTestModule() =>
        Monty.Engine.Modules.ModuleRegistry.Register("snapshot_test_module", () =>
        {
            var module = new PyModule("snapshot_test_module");
            module.Dict["double"] = new PyBuiltinFunction("double", (args, _) => PyInt.Get(((PyInt)args[0]).Value * 2));
            module.Dict["answer"] = PyInt.Get(42);
            return module;
        });

    [Fact]
    public void ModulesAreReimportedByNameAndTheirBuiltinsResolve()
    {
        RegisterTestModule();
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            import snapshot_test_module as m
            from snapshot_test_module import double
            fetch(0)
            import snapshot_test_module
            [double(4), m.answer, snapshot_test_module is m, m.double is double]
            """, ["fetch"]);
        Assert.Equal(new MontyList([MontyValue.From(8), MontyValue.From(42), MontyValue.True, MontyValue.True]), outcome.Result);
    }

    [Fact]
    public void SessionKeepsBuiltinsImportedFromModulesInEarlierFeeds()
    {
        RegisterTestModule();
        var session = new MontySession();
        session.Feed("from snapshot_test_module import double");
        session.Feed("x = double(5)");
        var restored = MontySession.Load(MontySession.Load(session.Dump()).Dump());
        Assert.Equal(MontyValue.From(20), restored.Feed("double(x)").Result);
    }

    [Fact]
    public void IdentityHashedKeysAreRehashedForTheirNewObjects()
    {
        // Restored functions and object() sentinels are new objects with new identity hashes.
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            def f():
                return 1
            sentinel = object()
            d = {f: 'function', sentinel: 'sentinel', (f, None): 'tuple', len: 'builtin'}
            s = {f, sentinel}
            fetch(0)
            [d[f], d[sentinel], d[(f, None)], d[len], f in s, sentinel in s, object() in s]
            """, ["fetch"]);
        Assert.Equal(new MontyList([
            MontyValue.From("function"), MontyValue.From("sentinel"), MontyValue.From("tuple"), MontyValue.From("builtin"),
            MontyValue.True, MontyValue.True, MontyValue.False,
        ]), outcome.Result);
    }
}
