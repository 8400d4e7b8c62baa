using Monty.Engine.Compilation;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>How a frame's caller consumes its yields and its return (set when a generator is resumed).</summary>
internal enum ResumeMode : byte
{
    /// <summary>An ordinary call: the return value is pushed on the caller's stack.</summary>
    Call,
    /// <summary>FOR_ITER: a yield pushes the item; a return pops the iterator and jumps to ExitTarget.</summary>
    ForIter,
    /// <summary>next()/send(): a yield is the call's result; a return raises StopIteration.</summary>
    Next,
    /// <summary>next(gen, default): like Next, but a return pushes Default instead of raising.</summary>
    NextDefault,
    /// <summary>yield from: a yield pushes the item; a return replaces the iterator with the value and jumps.</summary>
    Send,
    /// <summary>close(): a yield is an error; GeneratorExit or a return completes with None.</summary>
    Close,
    /// <summary>A materialising call for a native operation: the result replaces the iterable in
    /// the caller's stack slot RetrySlot, and the caller re-executes instruction RetryIp.</summary>
    Retry,
    /// <summary>A call a native made through <see cref="VirtualMachine.CallNested(Objects.TailCall)"/>: the return
    /// ends the nested dispatch loop instead of touching the caller's stack.</summary>
    Nested,
    /// <summary>A call whose result is dropped (property setters, __setitem__, __setattr__...).</summary>
    Discard,
    /// <summary>__init__ of a new instance: must return None; the caller receives Default (the instance).</summary>
    Init,
    /// <summary>Awaiting an async generator's asend/__anext__: a yielded value completes the await;
    /// other yields (futures of its own awaits) pass through; a return raises StopAsyncIteration.</summary>
    ASend,
}

/// <summary>An active exception handler or handler-body marker in a frame.</summary>
internal struct Block
{
    public int Handler;     // instruction to jump to (Except blocks)
    public int StackDepth;  // value stack height when the block was set up
    public bool IsHandlerBody; // restores the previously handled exception when unwound
}

/// <summary>A Python frame as plain data: the VM keeps frames in a linked stack it owns, never
/// on the .NET stack, so execution can stop at any instruction and resume later or elsewhere.</summary>
internal sealed class Frame
{
    public Frame(CodeObject code, ModuleNamespace globals, GlobalSlot[] globalSlots, PyCell[]? closure)
    {
        Code = code;
        Globals = globals;
        GlobalSlots = globalSlots;
        Values = new PyObject?[code.VarNames.Length + code.MaxStack];
        Sp = code.VarNames.Length;
        var cellCount = code.CellVars.Length + code.FreeVars.Length;
        if (cellCount > 0)
        {
            Cells = new PyCell[cellCount];
            for (var i = 0; i < code.CellVars.Length; i++) Cells[i] = new PyCell();
            closure?.CopyTo(Cells, code.CellVars.Length);
        }
    }

    /// <summary>Rebuilds a frame from a snapshot: the cells come from the snapshot (they are shared
    /// with closures), and the value array is sized from the code like a fresh frame's.</summary>
    public static Frame Restore(CodeObject code, ModuleNamespace globals, PyCell[]? cells) => new(code, globals, cells);

    private Frame(CodeObject code, ModuleNamespace globals, PyCell[]? cells)
    {
        Code = code;
        Globals = globals;
        GlobalSlots = globals.SlotsFor(code);
        Values = new PyObject?[code.VarNames.Length + code.MaxStack];
        Sp = code.VarNames.Length;
        Cells = cells;
    }

    public CodeObject Code { get; }

    public ModuleNamespace Globals { get; }

    public GlobalSlot[] GlobalSlots { get; }

    /// <summary>Fast locals (first VarNames.Length entries) followed by the value stack.</summary>
    public PyObject?[] Values { get; }

    /// <summary>Index of the next free value-stack slot.</summary>
    public int Sp;

    /// <summary>Index of the next instruction.</summary>
    public int Ip;

    public PyCell[]? Cells { get; }

    /// <summary>The frame that resumed or called this one; null for the entry frame.</summary>
    public Frame? Back;

    public Block[] Blocks = [];

    public int BlockCount;

    /// <summary>Set when this frame belongs to a generator.</summary>
    public PyGenerator? Generator;

    public ResumeMode Mode;

    /// <summary>Jump target in the caller for ForIter/Send modes.</summary>
    public int ExitTarget;

    /// <summary>The default of next(gen, default).</summary>
    public PyObject? Default;

    /// <summary>Retry mode: the caller's stack slot to patch and the instruction to re-run.</summary>
    public int RetrySlot;

    public int RetryIp;

    /// <summary>Retry mode: the iterable being replaced (it may sit inside a tuple in that slot).</summary>
    public PyObject? RetryOriginal;

    /// <summary>Class-body namespace (LoadName/StoreName) when this frame runs a class body.</summary>
    public PyDict? LocalsDict;

    public void PushBlock(int handler, bool isHandlerBody)
    {
        if (BlockCount == Blocks.Length) Array.Resize(ref Blocks, Math.Max(4, Blocks.Length * 2));
        Blocks[BlockCount++] = new Block { Handler = handler, StackDepth = Sp, IsHandlerBody = isHandlerBody };
    }

    public PyObject Pop() => Values[--Sp]!;

    public void Push(PyObject value) => Values[Sp++] = value;

    /// <summary>The source line number of the instruction at index, for tracebacks.</summary>
    public int LineOf(int instruction) =>
        instruction >= 0 && instruction < Code.Spans.Length ? Code.Spans[instruction].Line : Code.FirstLine;
}
