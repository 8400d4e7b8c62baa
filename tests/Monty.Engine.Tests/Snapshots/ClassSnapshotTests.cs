namespace Monty.Engine.Tests.Snapshots;

/// <summary>Instances, classes, bound methods, properties and super objects survive a dump and
/// load at every host call, with the same results as an uninterrupted run.</summary>
public class ClassSnapshotTests
{
    private static readonly string[] Fetch = ["fetch"];

    private static MontyValue? Double(HostCall call) => call.Args[0] switch
    {
        MontyInt i => MontyValue.From(i.Value * 2),
        var other => other,
    };

    [Fact]
    public void ClassesAndInstancesInState()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            class Base:
                count = 0
                def __init__(self, v):
                    self.v = fetch(v)
                    Base.count += 1
                @property
                def double(self):
                    return self.v * 2
                @classmethod
                def make(cls, v):
                    return cls(v)
                @staticmethod
                def unit():
                    return fetch(1)
            class Child(Base):
                __slots__ = ('extra',)
                def __init__(self, v):
                    super().__init__(v)
                    self.extra = fetch(v + 1)
                def __repr__(self):
                    return f"Child({self.v}, {self.extra})"
            items = [Base.make(1), Child(2)]
            method = items[1].__repr__
            print([type(i).__name__ for i in items], items[1], method(), Base.count, Child.unit(), items[0].double)
            total = sum(fetch(i.v) for i in items)
            total
            """, Fetch, Double);
        Assert.Equal(MontyValue.From(12), outcome.Result);
        Assert.Equal("['Base', 'Child'] Child(4, 6) Child(4, 6) 2 2 4\n", outcome.Output);
    }

    [Fact]
    public void ExceptionSubclassAcrossSnapshot()
    {
        var outcome = SnapshotKit.AssertSameWithSnapshots("""
            class AppError(Exception):
                def __init__(self, code):
                    super().__init__(f"code {code}")
                    self.code = code
            try:
                raise AppError(fetch(21))
            except AppError as e:
                saved = e
            fetch(saved.code)
            """, Fetch, Double);
        Assert.Equal(MontyValue.From(84), outcome.Result);
    }
}
