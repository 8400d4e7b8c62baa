using Monty.Engine.Builtins;
using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;
using Xunit;

namespace Monty.Engine.Tests.Builtins;

/// <summary>Results whose size depends on arguments are refused before they are allocated;
/// unchanged results reuse the receiver; static methods are plain functions.</summary>
public class StrLimitsTests
{
    private static PyObject Call(PyType type, string method, params PyObject[] args)
    {
        TypeSetup.EnsureInitialized();
        return ((PyBuiltinFunction)type.Dict[method]).Function(args, null);
    }

    private static PyStr S(string s) => new(s);

    private static PyObject I(long v) => PyInt.Get(v);

    private static readonly Dictionary<string, Func<PyObject>> Huge = new()
    {
        ["ljust"] = () => Call(PyTypes.Str, "ljust", S("x"), I(10_000_000_000)),
        ["center-astral-fill"] = () => Call(PyTypes.Str, "center", S("x"), I(long.MaxValue), S("😀")),
        ["zfill-astral"] = () => Call(PyTypes.Str, "zfill", S("😀"), I(long.MaxValue)),
        ["bytes-rjust"] = () => Call(PyTypes.Bytes, "rjust", new PyBytes([1]), I(10_000_000_000)),
        ["bytes-zfill"] = () => Call(PyTypes.Bytes, "zfill", new PyBytes([1]), I(long.MaxValue)),
        ["replace-growth"] = () => Call(PyTypes.Str, "replace", S(new string('a', 100_000)), S("a"), S(new string('b', 100_000))),
        ["replace-empty-old"] = () => Call(PyTypes.Str, "replace", S(new string('a', 100_000)), S(""), S(new string('b', 100_000))),
        ["bytes-replace-growth"] = () => Call(PyTypes.Bytes, "replace", new PyBytes(new byte[100_000]), new PyBytes([0]), new PyBytes(new byte[100_000])),
        ["expandtabs"] = () => Call(PyTypes.Str, "expandtabs", S(new string('\t', 10_000)), I(1 << 30)),
        ["join"] = () => Call(PyTypes.Str, "join", S(new string('-', 100_000)), new PyList([.. Enumerable.Repeat<PyObject>(S("x"), 100_000)])),
    };

    public static IEnumerable<object[]> HugeResults => Huge.Keys.Select(k => new object[] { k });

    private static PyDict MapA(string to)
    {
        var d = new PyDict();
        d.Set(PyInt.Get('a'), S(to));
        return d;
    }

    [Theory]
    [MemberData(nameof(HugeResults))]
    public void HugeResultsAreRefused(string name)
    {
        var e = Assert.Throws<PyException>(Huge[name]);
        Assert.Equal("MemoryError", e.Value.ExceptionType.Name);
    }

    [Fact]
    public void ResultsAreChargedToTheMemoryBudget()
    {
        var previous = Budget.Current;
        Budget.Current = new ResourceTracker(new ResourceLimits { MaxMemory = 1_000_000 });
        try
        {
            Assert.Equal(1000, ((PyStr)Call(PyTypes.Str, "ljust", S("x"), I(1000))).Length);
            var e = Assert.Throws<PyException>(() => Call(PyTypes.Str, "ljust", S("x"), I(10_000_000)));
            Assert.Equal("MemoryError", e.Value.ExceptionType.Name);
            e = Assert.Throws<PyException>(() => Call(PyTypes.Str, "upper", S(new string('ß', 400_000))));
            Assert.Equal("MemoryError", e.Value.ExceptionType.Name);
            // translate cannot size its result up front: it is charged while it grows.
            e = Assert.Throws<PyException>(() => Call(PyTypes.Str, "translate", S(new string('a', 100_000)), MapA(new string('x', 100_000))));
            Assert.Equal("MemoryError", e.Value.ExceptionType.Name);
        }
        finally
        {
            Budget.Current = previous;
        }
    }

    [Fact]
    public void UnchangedResultsReuseTheReceiver()
    {
        var s = S("Hello World");
        Assert.Same(s, Call(PyTypes.Str, "strip", s));
        Assert.Same(s, Call(PyTypes.Str, "replace", s, S("xyz"), S("q")));
        Assert.Same(s, Call(PyTypes.Str, "ljust", s, I(3)));
        Assert.Same(s, Call(PyTypes.Str, "removeprefix", s, S("x")));
        var upper = S("ABC DEF");
        Assert.Same(upper, Call(PyTypes.Str, "upper", upper));
        var unicode = S("ΑΒΓ 😀");
        Assert.Same(unicode, Call(PyTypes.Str, "upper", unicode));
        var list = (PyList)Call(PyTypes.Str, "split", s, S(","));
        Assert.Same(s, list.Items[0]);
    }

    [Fact]
    public void StaticMethodsArePlainFunctions()
    {
        TypeSetup.EnsureInitialized();
        Assert.Null(((PyBuiltinFunction)PyTypes.Str.Dict["maketrans"]).OwnerType);
        Assert.Null(((PyBuiltinFunction)PyTypes.Bytes.Dict["fromhex"]).OwnerType);
        Assert.Null(((PyBuiltinFunction)PyTypes.Bytes.Dict["maketrans"]).OwnerType);
        Assert.Equal("str", ((PyBuiltinFunction)PyTypes.Str.Dict["upper"]).OwnerType);
    }

    [Theory]
    [InlineData(10, null, null, null, 0, 10, 1, 10)]
    [InlineData(10, null, null, -1L, 9, -1, -1, 10)]
    [InlineData(10, -3L, null, null, 7, 10, 1, 3)]
    [InlineData(10, 2L, 8L, 3L, 2, 8, 3, 2)]
    [InlineData(10, 8L, 2L, -3L, 8, 2, -3, 2)]
    [InlineData(10, long.MinValue, long.MaxValue, null, 0, 10, 1, 10)]
    [InlineData(0, null, null, -1L, -1, -1, -1, 0)]
    [InlineData(5, null, null, long.MinValue, 4, -1, -long.MaxValue, 1)]
    [InlineData(5, 20L, null, -2L, 4, -1, -2, 3)]
    public void SliceIndicesFollowCPython(long length, long? start, long? stop, long? step,
        long eStart, long eStop, long eStep, long eCount)
    {
        PyObject Box(long? v) => v is { } x ? PyInt.Get(x) : PySingleton.None;
        SliceIndices.Compute(new PySlice(Box(start), Box(stop), Box(step)), length, out var s, out var e, out var st, out var n);
        Assert.Equal((eStart, eStop, eStep, eCount), (s, e, st, n));
    }
}
