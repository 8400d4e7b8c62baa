using Monty.Engine.Runtime;

namespace Monty.Engine.Objects;

internal enum FutureState : byte { Pending, Finished, Cancelled }

/// <summary>What completes a future and what its completion does to others.</summary>
internal enum FutureKind : byte
{
    /// <summary>Completed by the script (set_result) or by a timer (asyncio.sleep).</summary>
    Plain,
    /// <summary>Drives a coroutine; completes with its return value or exception.</summary>
    Task,
    /// <summary>The result of a host call made from async code; completed by the host's answer.</summary>
    HostCall,
    /// <summary>asyncio.gather: completes from its children.</summary>
    Gather,
    /// <summary>asyncio.wait_for: completes from its inner future or from its timeout.</summary>
    WaitFor,
}

/// <summary>An asyncio future or task, as plain data the scheduler and snapshots can walk. What
/// happens when it completes is data too: its listeners are tasks to wake or composite futures
/// (gather, wait_for) to update, never .NET delegates.</summary>
internal sealed class PyFuture(FutureKind kind) : PyObject
{
    public FutureKind Kind { get; } = kind;

    public FutureState State { get; set; }

    public PyObject? Result { get; set; }

    /// <summary>The exception of a failed future, or the CancelledError of a cancelled one.</summary>
    public PyBaseException? Exception { get; set; }

    /// <summary>Tasks waiting on this future and composite futures built over it.</summary>
    public List<PyFuture> Listeners { get; } = [];

    /// <summary>Task: the coroutine it drives.</summary>
    public PyGenerator? Coroutine { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Task: cancel() arrived while the task could not be woken through its awaited future.</summary>
    public bool MustCancel { get; set; }

    /// <summary>Task: the future its coroutine is blocked on.</summary>
    public PyFuture? WaitingOn { get; set; }

    /// <summary>HostCall: the call id the host answers.</summary>
    public long CallId { get; set; }

    /// <summary>Gather: the children in argument order; WaitFor: the single inner future.</summary>
    public PyFuture[] Children { get; set; } = [];

    /// <summary>Gather: return_exceptions; WaitFor: the timeout has fired.</summary>
    public bool Flag { get; set; }

    public bool Done => State != FutureState.Pending;

    public override PyType Type => Kind == FutureKind.Task ? AsyncTypes.Task : AsyncTypes.Future;
}

/// <summary>The iterator behind <c>await future</c>: it yields the future to the task once, and
/// when resumed returns the future's result or raises its exception.</summary>
internal sealed class PyFutureAwaiter(PyFuture future) : PyObject
{
    public PyFuture Future { get; } = future;

    public bool Yielded { get; set; }

    public override PyType Type => AsyncTypes.CoroutineWrapper;
}

/// <summary>asyncio.sleep(0): yields once (the task goes to the back of the ready queue), then
/// returns its result.</summary>
internal sealed class PyYieldOnce(PyObject result) : PyObject
{
    public PyObject Result { get; set; } = result;

    public bool Yielded { get; set; }

    public override PyType Type => AsyncTypes.CoroutineWrapper;
}

/// <summary>The awaitable of <c>agen.__anext__()</c>/<c>asend(v)</c>: awaiting it runs the async
/// generator until its next yield (the result) or its end (StopAsyncIteration).</summary>
internal sealed class PyAsyncGenASend(PyGenerator generator, PyObject value) : PyObject
{
    public PyGenerator Generator { get; } = generator;

    /// <summary>The value sent on the first resume (asend's argument); None afterwards.</summary>
    public PyObject Value { get; set; } = value;

    public override PyType Type => AsyncTypes.AsyncGeneratorASend;
}

/// <summary>A value an async generator yields to its consumer (as opposed to a future its awaits
/// pass up to the task). Exists only between the yield and the VM unwrapping it.</summary>
internal sealed class AsyncGenValue(PyObject value) : PyObject
{
    public PyObject Value { get; } = value;

    public override PyType Type => PyTypes.Object;
}
