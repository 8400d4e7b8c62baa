namespace Monty.Engine.Tests.Hosting;

/// <summary>Host calls made from methods, properties, dunders, __init__ and __exit__ suspend
/// the execution and resume it with the host's answer, like calls anywhere else.</summary>
public sealed class ClassHostCallTests
{
    private const string Classes = """
        class Account:
            def __init__(self, owner):
                self.owner = fetch(owner)
                self._balance = 0
            @property
            def balance(self):
                return fetch(self._balance)
            @balance.setter
            def balance(self, value):
                self._balance = fetch(value)
            def deposit(self, n):
                self._balance += fetch(n)
                return self
            def __eq__(self, other):
                return fetch(self._balance) == fetch(other._balance)
            def __lt__(self, other):
                return fetch(self._balance) < fetch(other._balance)
            def __add__(self, other):
                return fetch(self._balance + other._balance)
            def __len__(self):
                return fetch(3)
            def __getitem__(self, i):
                return fetch(i)
            def __iter__(self):
                yield fetch(1)
                yield fetch(2)
            def __call__(self, x):
                return fetch(x)
        class Tx:
            def __enter__(self):
                return fetch(10)
            def __exit__(self, *exc):
                global closed
                closed = fetch(5)
                return False

        """;

    [Theory]
    [InlineData("Account('ann').owner == 'ANN'", true)]
    [InlineData("Account('a').deposit(4)._balance", 8)]
    [InlineData("a = Account('a')\na.balance = 3\na._balance", 6)]
    [InlineData("a = Account('a')\na.deposit(2)\na.balance", 8)]
    [InlineData("Account('a').deposit(1) == Account('b').deposit(1)", true)]
    [InlineData("sorted([Account('a').deposit(5), Account('b').deposit(1)])[0]._balance", 2)]
    [InlineData("Account('a').deposit(1) + Account('b').deposit(2)", 12)]
    [InlineData("len(Account('a'))", 6)]
    [InlineData("Account('a')[7]", 14)]
    [InlineData("sum(Account('a'))", 6)]
    [InlineData("Account('a')(21)", 42)]
    [InlineData("with Tx() as t:\n    pass\nt + closed", 30)]
    public void HostCallsInClassCodeSuspend(string code, object expected)
    {
        var (run, _, calls) = HostCallTests.RunWithFetch(Classes + code);
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.NotEmpty(calls);
        MontyValue want = expected is bool b ? MontyValue.From(b) : new MontyInt((int)expected);
        Assert.Equal(want, run.Result);
    }

    [Fact]
    public void HostCallInsideDictKeyHashIsRefusedClearly()
    {
        var (run, _, _) = HostCallTests.RunWithFetch("""
            class K:
                def __hash__(self):
                    return fetch(1)
            {K(): 1}
            """);
        Assert.Equal(ExecutionStatus.Failed, run.Status);
        Assert.Equal("RuntimeError", run.Error!.TypeName);
        Assert.Contains("host function 'fetch' cannot be called here", run.Error.Message);
    }

    [Fact]
    public void HostErrorRaisedInMethodIsCatchableThere()
    {
        var program = MontyProgram.Compile("""
            class Tool:
                def run(self):
                    try:
                        return fetch(1)
                    except ValueError as e:
                        return 'caught: ' + str(e)
            Tool().run()
            """, "main.py", hostFunctions: ["fetch"]);
        var run = program.Start();
        Assert.Equal(ExecutionStatus.CallPending, run.Status);
        run = run.ResumeWithException("ValueError", "no such item");
        Assert.Equal(ExecutionStatus.Completed, run.Status);
        Assert.Equal(new MontyStr("caught: no such item"), run.Result);
    }
}
