using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Asyncio;

/// <summary>The natives the prelude's event loop (Prelude/asyncio.py) calls: choosing the next
/// step, recording what a step did, and the loop's start and end. Bound by name in each prelude
/// so snapshots can restore them.</summary>
internal static class AsyncioLoop
{
    public static readonly IReadOnlyDictionary<string, NativeFunction> Natives = new Dictionary<string, NativeFunction>(StringComparer.Ordinal)
    {
        ["__asyncio_next"] = Next,
        ["__asyncio_outcome"] = Outcome,
        ["__asyncio_task_return"] = TaskReturn,
        ["__asyncio_task_raise"] = TaskRaise,
        ["__asyncio_task_block"] = TaskBlock,
        ["__asyncio_begin_run"] = BeginRun,
        ["__asyncio_begin_toplevel"] = BeginTopLevel,
        ["__asyncio_cancel_all"] = CancelAll,
        ["__asyncio_end"] = End,
    };

    private static Scheduler Loop => VirtualMachine.Current.Scheduler;

    /// <summary>The next step towards finishing target: a ready task, else (with nothing ready)
    /// a wait for the host if calls are outstanding, else the next timer in virtual time.</summary>
    private static PyObject Next(PyObject[] args, KeywordArgs? kwargs)
    {
        var target = (PyFuture)args[0];
        var vm = VirtualMachine.Current;
        var loop = vm.Scheduler;
        while (true)
        {
            if (target.Done) return PySingleton.None;
            if (loop.Ready.Count > 0)
            {
                var step = loop.Ready[0];
                loop.Ready.RemoveAt(0);
                var task = step.Task;
                if (task.Done) continue;
                var toThrow = step.Throw;
                if (task.MustCancel && toThrow is null)
                {
                    task.MustCancel = false;
                    toThrow = Scheduler.NewCancelled();
                }
                loop.Current = task;
                return PyTuple.Of(task, task.Coroutine!, (PyObject?)toThrow ?? PySingleton.None);
            }
            loop.Current = null;
            // Timers already due fire first; virtual time only advances when no host call is
            // outstanding (the host's latency takes no virtual time).
            if (loop.Timers.Count > 0 && loop.Timers[0].When <= loop.Now && loop.FireNextTimer()) continue;
            if (vm.HasLiveAsyncCalls()) return VirtualMachine.HostWaitMarker;
            if (loop.FireNextTimer())
            {
                Limits.Budget.Current?.CheckTime();
                continue;
            }
            // Every task waits on something nothing will complete. CPython would hang here.
            throw PyErrors.RuntimeError("the event loop is stalled: every task waits for a future that nothing will complete");
        }
    }

    private static PyObject Outcome(PyObject[] args, KeywordArgs? kwargs) => VirtualMachine.FutureOutcome((PyFuture)args[0]);

    private static PyObject TaskReturn(PyObject[] args, KeywordArgs? kwargs)
    {
        Loop.SetResult((PyFuture)args[0], args[1]);
        return PySingleton.None;
    }

    private static PyObject TaskRaise(PyObject[] args, KeywordArgs? kwargs)
    {
        var error = (PyBaseException)args[1];
        // As CPython's tasks: these are not task results; they stop the loop.
        if (error.ExceptionType.IsSubtypeOf(ExceptionTypes.KeyboardInterrupt) || error.ExceptionType.IsSubtypeOf(ExceptionTypes.SystemExit))
            throw new PyException(error);
        Loop.SetException((PyFuture)args[0], error);
        return PySingleton.None;
    }

    /// <summary>The task's coroutine yielded: a future to wait on, or None (sleep(0): run again soon).</summary>
    private static PyObject TaskBlock(PyObject[] args, KeywordArgs? kwargs)
    {
        var task = (PyFuture)args[0];
        var loop = Loop;
        switch (args[1])
        {
            case PySingleton s when ReferenceEquals(s, PySingleton.None):
                loop.Ready.Add(new ReadyStep(task, null));
                break;
            case PyFuture future when ReferenceEquals(future, task):
                loop.Ready.Add(new ReadyStep(task, PyErrors.Create(ExceptionTypes.RuntimeError, $"Task cannot await on itself: {Repr.Of(task)}")));
                break;
            case PyFuture future when future.Done:
                loop.Ready.Add(new ReadyStep(task, null));
                break;
            case PyFuture future:
                task.WaitingOn = future;
                future.Listeners.Add(task);
                // cancel() arrived while the task was running: cancel what it now waits on.
                if (task.MustCancel && loop.Cancel(future)) task.MustCancel = false;
                break;
            default:
                loop.Ready.Add(new ReadyStep(task, PyErrors.Create(ExceptionTypes.RuntimeError, $"Task got bad yield: {Repr.Of(args[1])}")));
                break;
        }
        return PySingleton.None;
    }

    private static PyObject BeginRun(PyObject[] args, KeywordArgs? kwargs)
    {
        var loop = Loop;
        if (loop.Running) throw PyErrors.RuntimeError("asyncio.run() cannot be called from a running event loop");
        if (args[0] is not PyGenerator { Kind: GeneratorKind.Coroutine } main)
            throw PyErrors.ValueError($"a coroutine was expected, got {Repr.Of(args[0])}");
        loop.Reset();
        loop.Running = true;
        return loop.NewTask(main, null);
    }

    private static PyObject BeginTopLevel(PyObject[] args, KeywordArgs? kwargs)
    {
        var loop = Loop;
        if (loop.Running) throw PyErrors.RuntimeError("this event loop is already running");
        loop.Running = true;
        return AsyncioModule.EnsureFuture(args[0]);
    }

    /// <summary>End of asyncio.run: cancels the tasks still pending; returns a future over them
    /// (None if there are none) that the prelude drives until they have finished.</summary>
    private static PyObject CancelAll(PyObject[] args, KeywordArgs? kwargs)
    {
        var loop = Loop;
        var pending = loop.Tasks.Where(t => !t.Done).ToArray();
        if (pending.Length == 0) return PySingleton.None;
        foreach (var task in pending) loop.Cancel(task);
        return AsyncioModule.Gather(pending, returnExceptions: true);
    }

    private static PyObject End(PyObject[] args, KeywordArgs? kwargs)
    {
        var loop = Loop;
        loop.Running = false;
        loop.Current = null;
        return PySingleton.None;
    }
}
