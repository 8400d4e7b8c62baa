namespace Monty.Engine.Tests.Runtime;

/// <summary>Data shapes a script (or a snapshot) can build that native code must survive.</summary>
public class HostileDataTests
{
    [Fact]
    public void ExceptionContextLoopDoesNotHangRaising()
    {
        var run = MontyProgram.Compile("""
            a = ValueError('a')
            b = KeyError('b')
            a.__context__ = b
            b.__context__ = a
            try:
                raise a
            except ValueError:
                try:
                    raise TypeError('t')
                except TypeError as t:
                    r = repr(t.__context__)
            r
            """).Start(limits: new ResourceLimits { MaxDuration = TimeSpan.FromSeconds(5) });
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(MontyValue.From("ValueError('a')"), run.Result);
    }

    [Fact]
    public void HashingADeepTupleRaisesRecursionError()
    {
        var run = MontyProgram.Compile("""
            t = ()
            for i in range(100000):
                t = (t,)
            try:
                hash(t)
                r = 'hashed'
            except RecursionError:
                r = 'recursion'
            r
            """).Start();
        Assert.Equal(MontyValue.From("recursion"), run.Result);
    }

    [Fact]
    public void TupleHashesAreUnchanged()
    {
        // CPython's values: the fold-step refactoring of Hashing must not change them.
        var run = MontyProgram.Compile("[hash(()), hash((1, 2)), hash(((1,), 'a' == 'a')), hash(frozenset()), hash(frozenset({1, 2}))]").Start();
        Assert.Equal(new MontyList([
            MontyValue.From(5740354900026072187), MontyValue.From(-3550055125485641917), MontyValue.From(-5314898475701937817),
            MontyValue.From(133146708735736), MontyValue.From(-1826646154956904602),
        ]), run.Result);
    }

    [Fact]
    public void DeeplyNestedSlicesRaiseRecursionErrorInReprAndEquality()
    {
        var run = MontyProgram.Compile("""
            a = slice(None)
            b = slice(None)
            for i in range(100000):
                a = slice(a)
                b = slice(b)
            out = []
            for op in (lambda: repr(a), lambda: a == b):
                try:
                    op()
                    out.append('ok')
                except RecursionError:
                    out.append('recursion')
            out
            """).Start();
        Assert.Equal(new MontyList([MontyValue.From("recursion"), MontyValue.From("recursion")]), run.Result);
    }
}
