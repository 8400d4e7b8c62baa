using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;
using Xunit;
using static Monty.Engine.Tests.Builtins.Natives;

namespace Monty.Engine.Tests.Builtins;

/// <summary>list.sort beyond the recorded cases: key= hand-off, the keyed native, and
/// stability on large inputs against a reference stable sort.</summary>
public class ListSortTests
{
    [Fact]
    public void KeySortOutsideAnExecutionIsUnsupported()
    {
        // The key hand-off needs the running execution's prelude; with no VM there is none.
        var list = List(3, 1, 2);
        var key = new PyBuiltinFunction("k", (_, _) => PySingleton.None);
        Raises("NotImplementedError", "list.sort(key=...) is not supported by Monty",
            () => CallKw(PyTypes.List, "sort", list, ["key"], [key]));
        Assert.Equal("[3, 1, 2]", Repr.Of(list));
    }

    [Fact]
    public void KeySortRunsThroughThePrelude()
    {
        var run = MontyProgram.Compile("xs = [3, 1, 2]\nxs.sort(key=lambda x: -x, reverse=True)\nxs").Start();
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(new MontyList([MontyValue.From(1), MontyValue.From(2), MontyValue.From(3)]), run.Result);
    }

    [Fact]
    public void SortByKeysIsStableInBothDirections()
    {
        var list = new PyList([Str("a"), Str("b"), Str("c"), Str("d")]);
        var keys = List(1, 0, 1, 0);
        ListMethods.SortByKeys([list, keys, PyBool.False], null);
        Assert.Equal("['b', 'd', 'a', 'c']", Repr.Of(list));
        list = new PyList([Str("a"), Str("b"), Str("c"), Str("d")]);
        ListMethods.SortByKeys([list, keys, PyBool.True], null);
        Assert.Equal("['a', 'c', 'b', 'd']", Repr.Of(list));
    }

    [Fact]
    public void SortByKeysDetectsAListChangedByTheKeyFunction()
    {
        var list = List(1, 2, 3);
        Raises("ValueError", "list modified during sort", () => ListMethods.SortByKeys([list, List(1, 2), PyBool.False], null));
    }

    [Fact]
    public void SortByKeysReportsIncomparableKeysAndKeepsTheItems()
    {
        var list = List(1, 2, 3);
        var keys = new PyList([PyInt.Get(1), Str("x"), PyInt.Get(0)]);
        Raises("TypeError", "'<' not supported between instances of 'str' and 'int'",
            () => ListMethods.SortByKeys([list, keys, PyBool.False], null));
        Assert.Equal(3, list.Count);
    }

    public static TheoryData<string> Kinds => new() { "int", "float", "str", "mixed", "tuple", "astral" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void LargeSortsMatchAStableReference(string kind)
    {
        var rng = new Random(kind.GetHashCode(StringComparison.Ordinal) & 0xFFFF);
        foreach (var n in new[] { 63, 64, 65, 1000, 5000 })
        {
            foreach (var reverse in new[] { false, true })
            {
                var items = new List<PyObject>();
                for (var i = 0; i < n; i++) items.Add(Make(kind, rng));
                // Reference: stable merge sort by Python's <, via LINQ's stable OrderBy.
                var comparer = Comparer<PyObject>.Create((a, b) =>
                    Comparison.Compare(a, b, Comparison.Op.Lt) ? -1 : Comparison.Compare(b, a, Comparison.Op.Lt) ? 1 : 0);
                var expected = reverse
                    ? items.OrderByDescending(x => x, comparer).ToList()
                    : items.OrderBy(x => x, comparer).ToList();
                var list = new PyList(new List<PyObject>(items));
                if (reverse) CallKw(PyTypes.List, "sort", list, ["reverse"], [PyBool.True]);
                else Call(PyTypes.List, "sort", list);
                for (var i = 0; i < n; i++) Assert.Same(expected[i], list.Items[i]);
            }
        }
    }

    private static PyObject Make(string kind, Random rng) => kind switch
    {
        // Small ranges force many equal keys, which is what stability is about.
        "int" => rng.Next(3) == 0 ? PyInt.Get(rng.Next(50)) : PyInt.Get(rng.NextInt64(-5, 5)),
        "float" => new PyFloat(rng.Next(40) / 4.0),
        "str" => Str(((char)('a' + rng.Next(5))).ToString() + (char)('a' + rng.Next(3))),
        "mixed" => rng.Next(3) switch
        {
            0 => PyInt.Get(rng.Next(10)),
            1 => new PyFloat(rng.Next(10)),
            _ => PyBool.Of(rng.Next(2) == 0),
        },
        "tuple" => PyTuple.Of(PyInt.Get(rng.Next(4)), Str(((char)('a' + rng.Next(3))).ToString())),
        _ => Str(rng.Next(3) switch { 0 => "\U0001F600", 1 => "\uFFFD", _ => "a" } + (rng.Next(2) == 0 ? "\U00010000" : "z")),
    };
}
