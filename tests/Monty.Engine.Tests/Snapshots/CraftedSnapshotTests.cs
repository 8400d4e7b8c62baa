using Monty.Engine.Compilation;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Tests.Snapshots;

/// <summary>Structurally hostile snapshots that random byte flips rarely produce: the state is
/// corrupted in memory (Dump does not validate), and Load must refuse it with a precise reason.</summary>
public class CraftedSnapshotTests
{
    private static MontyExecution Suspended(string code = "def f(n):\n    return fetch(n)\nf(1)") =>
        MontyProgram.Compile(code, hostFunctions: ["fetch"]).Start();

    private static void Rejects(byte[] bytes, string reason)
    {
        var e = Assert.Throws<MontySnapshotException>(() => MontyExecution.Load(bytes));
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void FrameChainLoop()
    {
        var execution = Suspended();
        var top = execution.Vm!.Top!;
        top.Back!.Back = top;
        Rejects(execution.Dump(), "frame chain loops");
    }

    [Fact]
    public void FrameChainDeeperThanTheRecursionLimit()
    {
        var execution = MontyProgram.Compile("def f(n):\n    return fetch(n) if n == 0 else f(n - 1)\nf(30)", hostFunctions: ["fetch"])
            .Start();
        var bytes = execution.Dump();
        Assert.Contains("recursion limit 10", Assert.Throws<MontySnapshotException>(
            () => MontyExecution.Load(bytes, limits: new ResourceLimits { MaxRecursionDepth = 10 })).Message);
        Assert.Equal(ExecutionStatus.CallPending, MontyExecution.Load(bytes).Status);
    }

    [Fact]
    public void StackPointerAndInstructionPointerOutOfPlace()
    {
        var execution = Suspended();
        execution.Vm!.Top!.Sp += 3;
        Rejects(execution.Dump(), "stack holds");
        execution = Suspended();
        execution.Vm!.Top!.Ip = execution.Vm.Top.Code.Instructions.Length;
        Rejects(execution.Dump(), "past the end");
    }

    [Fact]
    public void BlockStackThatDoesNotMatchTheCode()
    {
        var execution = Suspended();
        execution.Vm!.Top!.PushBlock(0, false);
        Rejects(execution.Dump(), "blocks at instruction");
    }

    [Fact]
    public void TupleContainingItself()
    {
        var execution = Suspended("t = (1, 2)\nfetch(t)");
        var t = (PyTuple)execution.Session.Globals.Get("t")!;
        t.Items[0] = t;
        Rejects(execution.Dump(), "contains itself");
    }

    [Fact]
    public void TwoGeneratorsSharingAFrame()
    {
        var execution = Suspended("def g():\n    yield 1\nx = g()\nfetch(0)");
        var generator = (PyGenerator)execution.Session.Globals.Get("x")!;
        execution.Session.Globals.Set("y", new PyGenerator(generator.Frame, "g", "g"));
        Rejects(execution.Dump(), "do not refer to each other");
    }

    [Fact]
    public void BytecodeThatPopsAnEmptyStack()
    {
        var execution = Suspended();
        var f = (PyFunction)execution.Session.Globals.Get("f")!;
        // Instruction 0 of f becomes Pop on an empty stack (the code object is this test's own).
        f.Code.Instructions[0] = (int)OpCode.Pop;
        Rejects(execution.Dump(), "needs 1 stack items but has 0");
    }

    [Fact]
    public void JumpOutsideTheCode()
    {
        var execution = Suspended("for i in range(2):\n    fetch(i)");
        var code = execution.Vm!.Top!.Code;
        var at = Array.FindIndex(code.Instructions, w => (OpCode)(byte)w == OpCode.Jump);
        code.Instructions[at] = (int)OpCode.Jump | 5000 << 8;
        Rejects(execution.Dump(), "jumps to 5000, outside the code");
    }

    [Fact]
    public void ClosureOfTheWrongSize()
    {
        var execution = Suspended("def outer():\n    a = 1\n    def inner():\n        return a\n    return inner\ni = outer()\nfetch(0)");
        var inner = (PyFunction)execution.Session.Globals.Get("i")!;
        execution.Session.Globals.Set("j", new PyFunction(inner.Code, inner.Globals, [], null, []));
        Rejects(execution.Dump(), "free variables");
    }

    [Fact]
    public void HugeFramesFromATinySnapshot()
    {
        var execution = Suspended();
        var top = execution.Vm!.Top!;
        // Many generator frames of a code claiming a vast stack: the slot budget refuses them.
        var code = new CodeObject
        {
            Name = "g", QualName = "g", FileName = "x.py", Instructions = [(int)OpCode.LoadConst, (int)OpCode.ReturnValue],
            Spans = new Monty.Engine.Parsing.Ast.SourceSpan[2], Constants = [PySingleton.None], Names = [], VarNames = [], CellVars = [],
            FreeVars = [], CellParameters = [], MaxStack = 1 << 16, SourceLines = [], IsGenerator = true,
        };
        var list = new PyList();
        for (var i = 0; i < 100; i++)
        {
            var frame = Frame.Restore(code, top.Globals, null);
            var generator = new PyGenerator(frame, "g", "g");
            frame.Generator = generator;
            list.Items.Add(generator);
        }
        execution.Session.Globals.Set("frames", list);
        Rejects(execution.Dump(), "value slots");
    }

    [Fact]
    public void DeepTupleKeyIsHashedWithoutRecursion()
    {
        // At run time hashing stops at a depth bound; a crafted snapshot can still hold a deep key.
        PyObject key = PyTuple.Empty;
        for (var i = 0; i < 200_000; i++) key = new PyTuple([key]);
        var dict = new PyDict();
        dict.Table.Restore([key], [0], [PyStr.Of("deep")]);
        var session = new MontySession();
        session.Globals.Set("d", dict);
        var bytes = session.Dump();
        MontySession? restored = null;
        var thread = new Thread(() => restored = MontySession.Load(bytes), 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal(MontyValue.From(1), restored!.Feed("len(d)").Result);
    }

    [Fact]
    public void UndeclaredHostFunction()
    {
        var execution = Suspended("fetch(0)");
        execution.Session.Globals.Set("sneaky", new PyHostFunction("exfiltrate"));
        Rejects(execution.Dump(), "'exfiltrate' is not declared");
    }
}
