using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>One step the event loop owes a task: resume its coroutine, throwing Throw into it if set.</summary>
internal sealed record ReadyStep(PyFuture Task, PyBaseException? Throw);

/// <summary>A timer in virtual time: when it fires, Target completes (sleep) or times out (wait_for).</summary>
internal sealed record VirtualTimer(double When, long Sequence, PyFuture Target, PyObject? Result);

/// <summary>The asyncio event loop's state for one execution, as plain data (snapshots copy it).
/// The loop itself is the prelude's <c>__asyncio_drive</c>: it asks <see cref="VirtualMachine"/>
/// natives for the next step and resumes coroutines as ordinary frames. Time is virtual: timers
/// fire in order as soon as nothing else can run, so sleeping never blocks a thread.</summary>
internal sealed class Scheduler
{
    public List<ReadyStep> Ready { get; } = [];

    public List<VirtualTimer> Timers { get; } = [];

    /// <summary>Every task of the running loop that has not finished (for shutdown and cancel-all).</summary>
    public List<PyFuture> Tasks { get; } = [];

    public double Now { get; set; }

    public long NextTimerSequence { get; set; }

    public long TaskCounter { get; set; }

    /// <summary>True between asyncio.run's start and end, and during a top-level await.</summary>
    public bool Running { get; set; }

    public PyFuture? Current { get; set; }

    public PyFuture NewTask(PyGenerator coroutine, string? name)
    {
        var task = new PyFuture(FutureKind.Task) { Coroutine = coroutine, Name = name ?? "Task-" + ++TaskCounter };
        Tasks.Add(task);
        Ready.Add(new ReadyStep(task, null));
        return task;
    }

    public void AddTimer(double delay, PyFuture target, PyObject? result)
    {
        var timer = new VirtualTimer(Now + Math.Max(0, delay), NextTimerSequence++, target, result);
        // Keep the list sorted by (when, sequence): timers are few, inserts are cheap.
        var index = Timers.FindIndex(t => t.When > timer.When);
        if (index < 0) Timers.Add(timer);
        else Timers.Insert(index, timer);
    }

    /// <summary>Completes a future with a value and notifies its listeners.</summary>
    public void SetResult(PyFuture future, PyObject value)
    {
        if (future.Done) return;
        future.State = FutureState.Finished;
        future.Result = value;
        Notify(future);
    }

    public void SetException(PyFuture future, PyBaseException exception)
    {
        if (future.Done) return;
        if (exception.ExceptionType.IsSubtypeOf(AsyncTypes.CancelledError))
        {
            future.State = FutureState.Cancelled;
        }
        else
        {
            future.State = FutureState.Finished;
        }
        future.Exception = exception;
        Notify(future);
    }

    /// <summary>Future.cancel()/Task.cancel(): true if the request was taken.</summary>
    public bool Cancel(PyFuture future)
    {
        if (future.Done) return false;
        switch (future.Kind)
        {
            case FutureKind.Task:
                // As CPython: cancel what the task waits on; the task wakes and sees CancelledError
                // there. If that is not possible (the task is about to run), throw into it instead.
                if (future.WaitingOn is { } awaited && Cancel(awaited)) return true;
                future.MustCancel = true;
                return true;
            case FutureKind.Gather:
                var any = false;
                foreach (var child in future.Children) any |= Cancel(child);
                // Cancelled children report back and complete the gather; with none left, cancel it here.
                if (!any) SetException(future, NewCancelled());
                return true;
            case FutureKind.WaitFor:
                foreach (var child in future.Children) Cancel(child);
                SetException(future, NewCancelled());
                return true;
            default:
                SetException(future, NewCancelled());
                return true;
        }
    }

    public static PyBaseException NewCancelled() => new(AsyncTypes.CancelledError, PyTuple.Empty);

    private void Notify(PyFuture future)
    {
        Tasks.Remove(future);
        var listeners = future.Listeners.ToArray();
        future.Listeners.Clear();
        foreach (var listener in listeners)
        {
            switch (listener.Kind)
            {
                case FutureKind.Task:
                    if (ReferenceEquals(listener.WaitingOn, future))
                    {
                        listener.WaitingOn = null;
                        Ready.Add(new ReadyStep(listener, null));
                    }
                    break;
                case FutureKind.Gather:
                    ChildOfGatherDone(listener, future);
                    break;
                case FutureKind.WaitFor:
                    InnerOfWaitForDone(listener, future);
                    break;
            }
        }
    }

    internal void ChildOfGatherDone(PyFuture gather, PyFuture child)
    {
        if (gather.Done) return;
        var returnExceptions = gather.Flag;
        if (!returnExceptions && child.Exception is { } error)
        {
            SetException(gather, error);
            return;
        }
        foreach (var c in gather.Children)
            if (!c.Done) return;
        var results = new List<PyObject>(gather.Children.Length);
        foreach (var c in gather.Children) results.Add(c.Exception is { } e ? e : c.Result ?? PySingleton.None);
        SetResult(gather, new PyList(results));
    }

    internal void InnerOfWaitForDone(PyFuture waitFor, PyFuture inner)
    {
        if (waitFor.Done) return;
        if (waitFor.Flag && inner.State == FutureState.Cancelled)
        {
            var timeout = new PyBaseException(ExceptionTypes.TimeoutError, PyTuple.Empty) { Cause = inner.Exception, Context = inner.Exception, SuppressContext = true };
            SetException(waitFor, timeout);
            return;
        }
        if (inner.Exception is { } error) SetException(waitFor, error);
        else SetResult(waitFor, inner.Result ?? PySingleton.None);
    }

    /// <summary>Fires the earliest timer, advancing virtual time. False when there is none.</summary>
    public bool FireNextTimer()
    {
        if (Timers.Count == 0) return false;
        var timer = Timers[0];
        Timers.RemoveAt(0);
        Now = Math.Max(Now, timer.When);
        var target = timer.Target;
        if (target.Done) return true;
        if (target.Kind == FutureKind.WaitFor)
        {
            // Timed out: cancel the inner awaitable; the wait_for future completes (with
            // TimeoutError) once the inner one has finished cancelling.
            target.Flag = true;
            var inner = target.Children[0];
            if (!Cancel(inner) && inner.Done) InnerOfWaitForDone(target, inner);
            return true;
        }
        SetResult(target, timer.Result ?? PySingleton.None);
        return true;
    }

    /// <summary>A fresh loop for asyncio.run: no leftovers from an earlier run.</summary>
    public void Reset()
    {
        Ready.Clear();
        Timers.Clear();
        Tasks.Clear();
        Current = null;
    }
}
