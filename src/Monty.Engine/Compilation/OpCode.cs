namespace Monty.Engine.Compilation;

/// <summary>Bytecode operations. An instruction is one int: opcode in the low 8 bits, argument
/// in the upper 24. Snapshots store code by these numbers: a test pins them, so renumbering is
/// a snapshot format change.</summary>
internal enum OpCode : byte
{
    Nop = 0,
    LoadConst = 1,
    Pop = 2,
    /// <summary>Push a copy of the item arg places down (1 = top).</summary>
    Copy = 3,
    /// <summary>Swap the top with the item arg places down (2 = second).</summary>
    Swap = 4,
    LoadFast = 5,
    StoreFast = 6,
    DeleteFast = 7,
    LoadDeref = 8,
    StoreDeref = 9,
    DeleteDeref = 10,
    LoadClosure = 11,
    LoadGlobal = 12,
    StoreGlobal = 13,
    DeleteGlobal = 14,
    LoadName = 15,
    StoreName = 16,
    DeleteName = 17,
    LoadAttr = 18,
    StoreAttr = 19,
    DeleteAttr = 20,
    BinarySubscr = 21,
    StoreSubscr = 22,
    DeleteSubscr = 23,
    BuildSlice = 24,
    /// <summary>Arg is a <see cref="Parsing.Ast.BinaryOp"/>; +16 marks the in-place form.</summary>
    BinaryOp = 25,
    /// <summary>Arg is a <see cref="Parsing.Ast.UnaryOp"/>.</summary>
    UnaryOp = 26,
    /// <summary>Arg is a <see cref="Parsing.Ast.CompareOp"/>.</summary>
    CompareOp = 27,
    BuildTuple = 28,
    BuildList = 29,
    BuildSet = 30,
    /// <summary>Builds a dict from arg key/value pairs.</summary>
    BuildMap = 31,
    /// <summary>Appends the top to the list arg places down (comprehensions).</summary>
    ListAppend = 32,
    SetAdd = 33,
    MapAdd = 34,
    ListExtend = 35,
    SetUpdate = 36,
    DictUpdate = 37,
    /// <summary>Like DictUpdate but duplicate keys are an error (call-site **kwargs).</summary>
    DictMerge = 38,
    ListToTuple = 39,
    UnpackSequence = 40,
    /// <summary>Starred unpacking: arg = before | after &lt;&lt; 8.</summary>
    UnpackEx = 41,
    /// <summary>Arg bits 0-1: conversion (0 none, 1 str, 2 repr, 3 ascii); bit 2: a spec is on the stack.</summary>
    FormatValue = 42,
    BuildString = 43,
    Jump = 44,
    PopJumpIfFalse = 45,
    PopJumpIfTrue = 46,
    JumpIfFalseOrPop = 47,
    JumpIfTrueOrPop = 48,
    GetIter = 49,
    /// <summary>Pushes the next item, or pops the iterator and jumps to arg when exhausted.</summary>
    ForIter = 50,
    ReturnValue = 51,
    /// <summary>Calls with arg positional arguments.</summary>
    Call = 52,
    /// <summary>Calls with arg arguments, the last k being keywords named by the tuple on top.</summary>
    CallKw = 53,
    /// <summary>Calls with an args tuple and (arg = 1) a kwargs dict.</summary>
    CallEx = 54,
    /// <summary>Arg flags: 1 defaults tuple, 2 kw-defaults dict, 4 closure tuple; code on top.</summary>
    MakeFunction = 55,
    /// <summary>Pushes an exception handler block jumping to arg.</summary>
    SetupExcept = 56,
    PopBlock = 57,
    /// <summary>Arg 0: re-raise the handled exception; 1: raise top; 2: raise second from top.</summary>
    Raise = 58,
    /// <summary>Re-raises the exception on top (end of a finally or unmatched except).</summary>
    Reraise = 59,
    /// <summary>Marks the start of a handler body: saves nothing, pushes a block that restores
    /// the handled exception if the body raises.</summary>
    SetupHandler = 60,
    /// <summary>Leaves a handler: pops its block and the saved exception, restoring it as handled.</summary>
    PopExcept = 61,
    /// <summary>[exc, type] -> [exc, bool].</summary>
    CheckExcMatch = 62,
    LoadAssertionError = 63,
    YieldValue = 64,
    GetYieldFromIter = 65,
    /// <summary>yield from step: sends the top into the iterator below; on its return jumps to arg.</summary>
    Send = 66,
    ImportName = 67,
    ImportFrom = 68,
    ImportStar = 69,
    /// <summary>Raises NotImplementedError for a construct the compiler accepted but cannot run.</summary>
    Unsupported = 70,
    /// <summary>Reserved (not emitted); the number stays taken so snapshot opcode numbers do not move.</summary>
    BuildListUnpack = 71,
    /// <summary>Reserved (not emitted).</summary>
    DeleteSubscrSlice = 72,
    /// <summary>Reserved for class statements (not emitted yet).</summary>
    LoadBuildClass = 73,
    /// <summary>Jumps to arg if top is not None (pops it).</summary>
    PopJumpIfNotNone = 74,
    /// <summary>Replaces the top with the iterator that await drives (coroutine, future awaiter...).</summary>
    GetAwaitable = 75,
    /// <summary>Module-level await: runs the event loop until the awaitable on top is done; pushes its result.</summary>
    AwaitTopLevel = 76,
    /// <summary>Replaces the top with its async iterator (async for).</summary>
    GetAIter = 77,
    /// <summary>Pushes the awaitable of the next item of the async iterator on top.</summary>
    GetANext = 78,
    /// <summary>Handler of async for: StopAsyncIteration pops the iterator and ends the loop; others re-raise.</summary>
    EndAsyncFor = 79,
    /// <summary>Marks the value an async generator yields to its consumer.</summary>
    AsyncGenWrap = 80,
    /// <summary>async with: [mgr] -> [bound __aexit__, result of __aenter__()] (an awaitable; the call runs as a frame).</summary>
    BeforeAsyncWith = 81,

    // Structural pattern matching (match statement), 90-99.
    /// <summary>[subject] -> [subject, bool]: is the subject a sequence for matching (not str/bytes).</summary>
    MatchSequence = 90,
    /// <summary>[subject] -> [subject, bool]: is the subject a mapping for matching.</summary>
    MatchMapping = 91,
    /// <summary>[subject] -> [subject, len(subject)].</summary>
    GetLen = 92,
    /// <summary>[subject, keys] -> [subject, keys, values tuple or None when a key is missing].</summary>
    MatchKeys = 93,
    /// <summary>[subject, keys] -> [subject, dict of the subject's other items] (for **rest).</summary>
    CopyDictWithoutKeys = 94,
    /// <summary>[subject, cls, keyword names] -> [attributes tuple or None]; arg = positional count.</summary>
    MatchClass = 95,
    /// <summary>with: [mgr] -> [bound __exit__, result of __enter__()] (the call runs as a frame).</summary>
    BeforeWith = 100,
    /// <summary>with, exception path: [exit, saved, exc] -> [exit, saved, exc, exit(type, exc, None)].</summary>
    WithExceptStart = 101,

    // Method calls without a bound method object.
    /// <summary>obj.name for a call: [obj] -> [function, obj] when name is a plain Python function on a
    /// user class that the instance doesn't shadow, else [null, obj.name].</summary>
    LoadMethod = 102,
    /// <summary>Call after <see cref="LoadMethod"/>: [function or null, self or callable, args...] -> [result];
    /// arg = positional count (self not included).</summary>
    CallMethod = 103,
}
