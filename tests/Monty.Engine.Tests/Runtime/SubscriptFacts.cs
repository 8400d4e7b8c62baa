using Monty.Engine.Objects;
using Monty.Engine.Runtime;
using Xunit;
using static Monty.Engine.Tests.Builtins.Natives;

namespace Monty.Engine.Tests.Runtime;

/// <summary>Subscript behaviour the recorded cases cannot cover: deliberate limits and the
/// rule that a generator argument is handed back to the VM before anything changes.</summary>
public class SubscriptFacts
{
    [Fact]
    public void GenericTypesSubscriptToAliases()
    {
        var alias = Assert.IsType<PyGenericAlias>(Subscript.Get(PyTypes.List, PyTypes.Int));
        Assert.Equal("list[int]", Repr.Of(alias));
        Raises("TypeError", "type 'int' is not subscriptable", () => Subscript.Get(PyTypes.Int, PyInt.Get(0)));
    }

    [Fact]
    public void RangesBeyond64BitsAreRefused()
    {
        Raises("OverflowError", "range() arguments beyond 64-bit integers are not supported",
            () => Construct(PyTypes.Range, PyInt.From(System.Numerics.BigInteger.Pow(2, 100))));
    }

    [Fact]
    public void RangeSliceOutsideLongIsAnOverflowError()
    {
        var r = new PyRange(long.MinValue + 1, long.MaxValue, long.MaxValue / 2);
        var step = PyInt.Get(-3);
        Raises("OverflowError", "range slice bounds do not fit in a 64-bit integer",
            () => Subscript.Get(r, new PySlice(PySingleton.None, PySingleton.None, step)));
    }

    [Fact]
    public void SliceAssignmentFromAGeneratorChangesNothingFirst()
    {
        var list = List(1, 2, 3);
        var gen = Generator();
        var e = Assert.Throws<NeedsPythonIteration>(() => Subscript.Set(list, new PySlice(PyInt.Get(0), PyInt.Get(1), PySingleton.None), gen));
        Assert.Same(gen, e.Iterable);
        Assert.Equal("[1, 2, 3]", Repr.Of(list));
    }

    [Fact]
    public void MethodsGivenAGeneratorChangeNothingFirst()
    {
        var list = List(1);
        Assert.Throws<NeedsPythonIteration>(() => Call(PyTypes.List, "extend", list, Generator()));
        Assert.Equal("[1]", Repr.Of(list));

        var set = (PySet)Construct(PyTypes.Set, List(1));
        Assert.Throws<NeedsPythonIteration>(() => Call(PyTypes.Set, "update", set, List(2), Generator()));
        Assert.Equal("{1}", Repr.Of(set));

        var dict = new PyDict();
        Assert.Throws<NeedsPythonIteration>(() => Call(PyTypes.Dict, "update", dict, Generator()));
        Assert.Equal(0, dict.Count);
    }

    [Fact]
    public void DictViewsHaveCPythonReprs()
    {
        var d = new PyDict();
        d.SetStr("a", PyInt.Get(1));
        d.SetStr("b", new PyList());
        Assert.Equal("dict_keys(['a', 'b'])", Repr.Of(Call(PyTypes.Dict, "keys", d)));
        Assert.Equal("dict_values([1, []])", Repr.Of(Call(PyTypes.Dict, "values", d)));
        Assert.Equal("dict_items([('a', 1), ('b', [])])", Repr.Of(Call(PyTypes.Dict, "items", d)));
        Assert.Equal("dict_items([])", Repr.Of(Call(PyTypes.Dict, "items", new PyDict())));
    }
}
