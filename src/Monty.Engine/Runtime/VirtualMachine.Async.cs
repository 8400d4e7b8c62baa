using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>A host call made from async code: it does not suspend the VM; its future completes
/// when the host answers.</summary>
internal sealed record AsyncHostCall(PendingHostCall Call, PyFuture Future);

internal sealed partial class VirtualMachine
{
    /// <summary>Returned by <c>__asyncio_next</c> when every task waits for the host: the VM suspends
    /// with all outstanding calls, and resumes (pushing False) once an answer has arrived.</summary>
    internal static readonly PyObject HostWaitMarker = new TailCall(PySingleton.None, []);

    private Scheduler? _scheduler;
    private readonly List<AsyncHostCall> _asyncCalls = [];

    public Scheduler Scheduler => _scheduler ??= new Scheduler();

    internal Scheduler? SchedulerOrNull => _scheduler;

    /// <summary>Host calls from async code that the host has not answered yet, oldest first.</summary>
    public IReadOnlyList<AsyncHostCall> AsyncCalls => _asyncCalls;

    /// <summary>True when the VM is suspended inside the event loop waiting for any host answer.</summary>
    public bool WaitingForHost { get; private set; }

    /// <summary>Every call the host may answer now: async calls first, then the synchronous one.</summary>
    public IEnumerable<PendingHostCall> OutstandingCalls()
    {
        foreach (var c in _asyncCalls) yield return c.Call;
        if (Pending is not null) yield return Pending;
    }

    public bool IsSuspended => Top is not null && (Pending is not null || WaitingForHost);

    /// <summary>Answers one outstanding call. Runs the VM when the answer unblocks it (the
    /// synchronous call, or any call while the loop waits for the host); otherwise records the
    /// answer and stays suspended. Null means the id names no outstanding call.</summary>
    public VmState? AnswerCall(long callId, PyObject? value, PyBaseException? error)
    {
        if (Pending is { } sync && sync.CallId == callId)
            return error is null ? ResumeWithValue(value!) : ResumeWithException(error);
        var index = _asyncCalls.FindIndex(c => c.Call.CallId == callId);
        if (index < 0) return null;
        var future = _asyncCalls[index].Future;
        _asyncCalls.RemoveAt(index);
        if (error is null) Scheduler.SetResult(future, value!);
        else Scheduler.SetException(future, error);
        if (!WaitingForHost) return VmState.Suspended;
        WaitingForHost = false;
        Top!.Push(PyBool.False);
        return RunLoop(null);
    }

    /// <summary>Restores async state after a snapshot load.</summary>
    public void RestoreAsync(Scheduler? scheduler, IEnumerable<AsyncHostCall> calls, bool waitingForHost)
    {
        _scheduler = scheduler;
        _asyncCalls.Clear();
        _asyncCalls.AddRange(calls);
        WaitingForHost = waitingForHost;
    }

    private PyFuture StartAsyncHostCall(PyHostFunction h, PyObject[] args, KeywordArgs? kwargs)
    {
        Tracker.CountSuspension();
        var call = new PendingHostCall(_nextCallId++, h.Name, args, kwargs);
        var future = new PyFuture(FutureKind.HostCall) { CallId = call.CallId };
        _asyncCalls.Add(new AsyncHostCall(call, future));
        return future;
    }

    /// <summary>True while a host call is outstanding whose answer someone still needs.</summary>
    internal bool HasLiveAsyncCalls()
    {
        foreach (var c in _asyncCalls)
            if (!c.Future.Done) return true;
        return false;
    }

    private PyObject? SuspendForHost(int stackItems)
    {
        PopCallArguments(stackItems);
        WaitingForHost = true;
        return SuspendMarker;
    }

    /// <summary>GET_AWAITABLE: replaces the top of the stack with the iterator that await drives.
    /// Returns false when a Python __await__ frame was pushed instead.</summary>
    private bool GetAwaitable(Frame f)
    {
        var o = f.Values[f.Sp - 1]!;
        switch (o)
        {
            case PyGenerator { Kind: GeneratorKind.Coroutine } coroutine:
                if (coroutine.Finished) throw PyErrors.RuntimeError("cannot reuse already awaited coroutine");
                return true;
            case PyFuture future:
                f.Values[f.Sp - 1] = new PyFutureAwaiter(future);
                return true;
            case PyFutureAwaiter or PyYieldOnce or PyAsyncGenASend:
                return true;
        }
        if (o is not PyGenerator && o.Type.Lookup("__await__") is { } method)
        {
            // A user awaitable: call __await__ as an ordinary call whose result replaces the operand.
            var result = Invoke(method, [o], null, 1);
            if (result is null) return false;
            if (ReferenceEquals(result, SuspendMarker)) throw PyErrors.RuntimeError("__await__ cannot call the host");
            f.Values[f.Sp - 1] = result;
            return true;
        }
        throw PyErrors.TypeError($"object {o.Type.Name} can't be used in 'await' expression");
    }

    /// <summary>The yield-from step for awaitables that are not generators. Works on the frame's
    /// saved state; the caller reloads the frame (or the one this pushed) afterwards.</summary>
    private void AsyncSend(Frame f, PyObject sub, PyObject value, int exitTarget)
    {
        switch (sub)
        {
            case PyFutureAwaiter awaiter:
                {
                    var future = awaiter.Future;
                    if (!awaiter.Yielded && !future.Done)
                    {
                        awaiter.Yielded = true;
                        f.Push(future);
                        return;
                    }
                    if (!future.Done) throw PyErrors.RuntimeError("await wasn't used with future");
                    f.Values[f.Sp - 1] = FutureOutcome(future);
                    f.Ip = exitTarget;
                    return;
                }
            case PyYieldOnce once:
                if (!once.Yielded)
                {
                    once.Yielded = true;
                    f.Push(PySingleton.None);
                    return;
                }
                f.Values[f.Sp - 1] = once.Result;
                f.Ip = exitTarget;
                return;
            case PyAsyncGenASend asend:
                {
                    var first = asend.Value;
                    asend.Value = PySingleton.None;
                    ResumeGenerator(asend.Generator, ReferenceEquals(first, PySingleton.None) ? value : first, ResumeMode.ASend, exitTarget, null);
                    return;
                }
            default:
                throw PyErrors.TypeError($"'{sub.Type.Name}' object is not an iterator");
        }
    }

    /// <summary>A done future's result, or its exception raised (a fresh CancelledError when cancelled).</summary>
    internal static PyObject FutureOutcome(PyFuture future)
    {
        if (future.State == FutureState.Cancelled) throw new PyException(Scheduler.NewCancelled());
        if (future.Exception is { } error)
        {
            error.LastFrame = null;
            throw new PyException(error);
        }
        return future.Result ?? PySingleton.None;
    }

    /// <summary>AWAIT_TOPLEVEL: a module-level await runs the event loop until the awaitable is done.</summary>
    private PyObject? AwaitTopLevel(PyObject awaitable) =>
        Invoke(Prelude.Get("__asyncio_await_toplevel"), [awaitable], null, 1);

    /// <summary>GET_AITER: the async iterator of the operand of async for.</summary>
    private static PyObject GetAsyncIterator(PyObject o) => o switch
    {
        PyGenerator { Kind: GeneratorKind.AsyncGenerator } => o,
        _ => throw PyErrors.TypeError($"'async for' requires an object with __aiter__ method, got {o.Type.Name}"),
    };

    /// <summary>GET_ANEXT: the awaitable of the next step of an async iterator.</summary>
    private static PyObject GetAsyncNext(PyObject o) => o switch
    {
        PyGenerator { Kind: GeneratorKind.AsyncGenerator } agen => new PyAsyncGenASend(agen, PySingleton.None),
        _ => throw PyErrors.TypeError($"'async for' requires an iterator with __anext__ method, got {o.Type.Name}"),
    };

    /// <summary>END_ASYNC_FOR handler: [aiter, previous handled, exc]. StopAsyncIteration ends the
    /// loop; anything else propagates.</summary>
    private void EndAsyncFor(Frame f)
    {
        var exc = (PyBaseException)f.Values[f.Sp - 1]!;
        _handled = f.Values[f.Sp - 2] as PyBaseException;
        if (!exc.ExceptionType.IsSubtypeOf(ExceptionTypes.StopAsyncIteration))
        {
            exc.LastFrame = f;
            throw new PyException(exc);
        }
        Array.Clear(f.Values, f.Sp - 3, 3);
        f.Sp -= 3;
    }

    /// <summary>The async opcodes, outside the hot loop: they work on the frame's saved state and
    /// the loop reloads afterwards. Returns a state when the VM must stop (never, today: suspension
    /// happens through calls).</summary>
    private VmState? ExecuteAsyncOp(Compilation.OpCode op, Frame f)
    {
        switch (op)
        {
            case Compilation.OpCode.GetAwaitable:
                GetAwaitable(f);
                return null;
            case Compilation.OpCode.AwaitTopLevel:
                {
                    var awaitable = f.Values[f.Sp - 1]!;
                    var result = AwaitTopLevel(awaitable);
                    if (result is null) return null;
                    f.Values[f.Sp - 1] = result;
                    return null;
                }
            case Compilation.OpCode.GetAIter:
                {
                    var o = f.Values[f.Sp - 1]!;
                    if (o is PyGenerator || o.Type.Lookup("__aiter__") is not { } aiter)
                    {
                        f.Values[f.Sp - 1] = GetAsyncIterator(o);
                        return null;
                    }
                    // A user async iterable: __aiter__() runs as a frame whose result replaces it.
                    f.Values[--f.Sp] = null;
                    return PushCallResult(f, ObjectAttributes.Bind(aiter, o, o.Type));
                }
            case Compilation.OpCode.GetANext:
                {
                    var o = f.Values[f.Sp - 1]!;
                    if (o is PyGenerator || o.Type.Lookup("__anext__") is not { } anext)
                    {
                        f.Push(GetAsyncNext(o));
                        return null;
                    }
                    return PushCallResult(f, ObjectAttributes.Bind(anext, o, o.Type));
                }
            case Compilation.OpCode.EndAsyncFor:
                EndAsyncFor(f);
                return null;
            case Compilation.OpCode.BeforeAsyncWith:
                {
                    var (exit, enter) = AsyncContextManager(f.Values[f.Sp - 1]!);
                    f.Values[f.Sp - 1] = exit;
                    var result = InvokeInstead(enter, [], 0, ResumeMode.Call);
                    if (result is null) return null;
                    if (ReferenceEquals(result, SuspendMarker)) return VmState.Suspended;
                    f.Push(result);
                    return null;
                }
            default:
                f.Values[f.Sp - 1] = new AsyncGenValue(f.Values[f.Sp - 1]!);
                return null;
        }
    }

    /// <summary>The execution ended: answers to calls nobody awaited any more are not expected.</summary>
    private void AbandonAsyncCalls()
    {
        _asyncCalls.Clear();
        WaitingForHost = false;
    }

    /// <summary>__aenter__ and __aexit__, looked up on the type and bound, as for with.</summary>
    private static (PyObject Exit, PyObject Enter) AsyncContextManager(PyObject manager)
    {
        var type = manager.Type;
        var enter = type.Lookup("__aenter__")
            ?? throw PyErrors.TypeError($"'{type.Name}' object does not support the asynchronous context manager protocol");
        var exit = type.Lookup("__aexit__")
            ?? throw PyErrors.TypeError($"'{type.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        return (ObjectAttributes.Bind(exit, manager, type), ObjectAttributes.Bind(enter, manager, type));
    }

    /// <summary>Calls a no-argument method whose result lands on top of the frame's stack.</summary>
    private VmState? PushCallResult(Frame f, PyObject method)
    {
        var result = InvokeInstead(method, [], 0, ResumeMode.Call);
        if (result is null) return null;
        if (ReferenceEquals(result, SuspendMarker)) return VmState.Suspended;
        f.Push(result);
        return null;
    }
}
