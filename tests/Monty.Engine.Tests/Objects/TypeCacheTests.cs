using Monty.Engine.Objects;

namespace Monty.Engine.Tests.Objects;

/// <summary>The per-class lookup cache must never serve a result older than the last change to any
/// type namespace or MRO.</summary>
public class TypeCacheTests
{
    private static PyType UserClass(string name, PyType @base) => new(name, [@base], @base.Mro, null);

    [Fact]
    public void EveryNamespaceWriteChangesTheVersion()
    {
        var cls = UserClass("A", PyTypes.Object);
        var before = TypeDict.Version;
        cls.Dict["x"] = PyInt.Get(1);
        var afterSet = TypeDict.Version;
        Assert.NotEqual(before, afterSet);
        cls.Dict.Remove("x");
        Assert.NotEqual(afterSet, TypeDict.Version);
    }

    [Fact]
    public void LookupSeesChangesToABase()
    {
        var a = UserClass("A", PyTypes.Object);
        var b = UserClass("B", a);
        Assert.Null(b.Lookup("m"));
        a.Dict["m"] = PyInt.Get(1);
        Assert.Same(PyInt.Get(1), b.Lookup("m"));
        b.Dict["m"] = PyInt.Get(2);
        Assert.Same(PyInt.Get(2), b.Lookup("m"));
        b.Dict.Remove("m");
        Assert.Same(PyInt.Get(1), b.Lookup("m"));
    }

    [Fact]
    public void UserSpecialsAndHooksFollowChanges()
    {
        var a = UserClass("A", PyTypes.Object);
        var b = UserClass("B", a);
        Assert.Null(b.LookupUserSpecial("__getattr__"));
        Assert.Null(b.Cache!.GetAttr);
        var hook = new PyBuiltinFunction("hook", (_, _) => PySingleton.None);
        a.Dict["__getattr__"] = hook;
        Assert.Same(hook, b.LookupUserSpecial("__getattr__"));
        Assert.Same(hook, b.Cache!.GetAttr);
    }

    [Fact]
    public void MroChangeInvalidates()
    {
        var a = UserClass("A", PyTypes.Object);
        var c = UserClass("C", PyTypes.Object);
        c.Dict["m"] = PyInt.Get(3);
        Assert.Null(a.Lookup("m"));
        a.Mro = [a, c, PyTypes.Object];
        Assert.Same(PyInt.Get(3), a.Lookup("m"));
    }

    [Fact]
    public void ProcessWideTypesHaveNoCache()
    {
        // Shared by every execution (and thread), so a cache on them would be written concurrently.
        Assert.Null(PyTypes.Int.Cache);
        Assert.Null(Monty.Engine.Modules.Datetime.IsoCalendarDate.Type.Cache);
    }
}
