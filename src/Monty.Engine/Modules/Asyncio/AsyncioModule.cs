using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Asyncio;

/// <summary>The asyncio module: run, gather, sleep (virtual time), create_task, wait_for and
/// friends. The loop that drives tasks is the prelude's <c>__asyncio_drive</c>; everything here
/// only creates futures and tasks and wires them together as data.</summary>
internal static class AsyncioModule
{
    public static PyModule Create()
    {
        var module = new PyModule("asyncio");
        void Add(string name, NativeFunction fn) => module.Dict[name] = new PyBuiltinFunction(name, fn);
        Add("run", Run);
        Add("gather", GatherFunction);
        Add("sleep", Sleep);
        Add("create_task", CreateTask);
        Add("ensure_future", EnsureFutureFunction);
        Add("wait_for", WaitFor);
        Add("current_task", CurrentTask);
        Add("iscoroutine", (args, kw) => PyBool.Of(One("iscoroutine", args, kw) is PyGenerator { Kind: GeneratorKind.Coroutine }));
        Add("iscoroutinefunction", (args, kw) => PyBool.Of(One("iscoroutinefunction", args, kw) is PyFunction { Code: { IsCoroutine: true, IsGenerator: false } }));
        module.Dict["Future"] = AsyncTypes.Future;
        module.Dict["Task"] = AsyncTypes.Task;
        module.Dict["CancelledError"] = AsyncTypes.CancelledError;
        module.Dict["InvalidStateError"] = AsyncTypes.InvalidStateError;
        module.Dict["TimeoutError"] = ExceptionTypes.TimeoutError;
        return module;
    }

    private static PyObject One(string name, PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.NoKeywords(name, kwargs);
        NativeArgs.Count(name, args, 1, 1);
        return args[0];
    }

    private static Scheduler Loop => VirtualMachine.Current.Scheduler;

    private static PyObject Run(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("run", kwargs, "debug");
        if (args.Length != 1) throw PyErrors.TypeError($"run() takes 1 positional argument but {args.Length} were given");
        // A module with top-level await runs inside the loop already, as under CPython's flag.
        if (VirtualMachine.Current.Top is { Code: { IsModule: true, AwaitsHostCalls: true } })
            throw PyErrors.RuntimeError("asyncio.run() cannot be called from a running event loop");
        return new TailCall(VirtualMachine.Current.Prelude.Get("__asyncio_run"), [args[0]]);
    }

    /// <summary>A future for any awaitable: futures as they are, coroutines (and other awaitables,
    /// through a wrapper coroutine) as new tasks.</summary>
    public static PyFuture EnsureFuture(PyObject awaitable)
    {
        switch (awaitable)
        {
            case PyFuture f:
                return f;
            case PyGenerator { Kind: GeneratorKind.Coroutine } coroutine:
                return Loop.NewTask(coroutine, null);
            case PyFutureAwaiter or PyYieldOnce or PyAsyncGenASend:
                return Loop.NewTask(Wrap(awaitable), null);
            default:
                if (awaitable is not PyGenerator && awaitable.Type.Lookup("__await__") is not null) return Loop.NewTask(Wrap(awaitable), null);
                throw PyErrors.TypeError("An asyncio.Future, a coroutine or an awaitable is required");
        }
    }

    /// <summary>A coroutine that awaits the awaitable (the prelude's __asyncio_wrap), not yet started.</summary>
    private static PyGenerator Wrap(PyObject awaitable)
    {
        var fn = VirtualMachine.Current.Prelude.Get("__asyncio_wrap");
        var frame = new Frame(fn.Code, fn.Globals, fn.GlobalSlots, fn.Closure);
        frame.Values[0] = awaitable;
        var coroutine = new PyGenerator(frame, fn.Name, fn.QualName, GeneratorKind.Coroutine);
        frame.Generator = coroutine;
        return coroutine;
    }

    private static PyObject EnsureFutureFunction(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("ensure_future", kwargs, "loop");
        NativeArgs.Count("ensure_future", args, 1, 1);
        return EnsureFuture(args[0]);
    }

    private static PyObject GatherFunction(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("gather", kwargs, "return_exceptions");
        var returnExceptions = kwargs?.Get("return_exceptions") is { } flag && Ops.Truthy(flag);
        var seen = new Dictionary<PyObject, PyFuture>(ReferenceEqualityComparer.Instance);
        var children = new PyFuture[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            if (!seen.TryGetValue(args[i], out var child))
            {
                child = EnsureFuture(args[i]);
                seen[args[i]] = child;
            }
            children[i] = child;
        }
        return Gather(children, returnExceptions);
    }

    public static PyFuture Gather(PyFuture[] children, bool returnExceptions)
    {
        var outer = new PyFuture(FutureKind.Gather) { Children = children, Flag = returnExceptions };
        var loop = Loop;
        if (children.Length == 0)
        {
            loop.SetResult(outer, new PyList([]));
            return outer;
        }
        foreach (var child in children)
        {
            if (child.Done) loop.ChildOfGatherDone(outer, child);
            else if (!child.Listeners.Contains(outer)) child.Listeners.Add(outer);
        }
        return outer;
    }

    private static PyObject Sleep(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("sleep", kwargs, "delay", "result");
        var delayArg = NativeArgs.Get(args, kwargs, 0, "delay") ?? throw PyErrors.TypeError("sleep() missing 1 required positional argument: 'delay'");
        var result = NativeArgs.Get(args, kwargs, 1, "result") ?? PySingleton.None;
        var delay = Seconds(delayArg);
        if (delay <= 0) return new PyYieldOnce(result);
        var future = new PyFuture(FutureKind.Plain);
        Loop.AddTimer(delay, future, result);
        return future;
    }

    private static double Seconds(PyObject value) => value switch
    {
        PyBool b => b.Value,
        PyInt i => i.Value,
        PyBigInt big => Numbers.BigToDouble(big.Value),
        PyFloat f => double.IsNaN(f.Value) ? throw PyErrors.ValueError("Invalid value NaN (not a number)") : f.Value,
        _ => throw PyErrors.TypeError($"'<=' not supported between instances of '{value.Type.Name}' and 'int'"),
    };

    private static PyObject CreateTask(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("create_task", kwargs, "name", "context");
        NativeArgs.Count("create_task", args, 1, 1);
        var vm = VirtualMachine.Current;
        var loop = vm.Scheduler;
        if (!loop.Running && !(vm.Top is { } top && top.Code.IsModule && top.Code.AwaitsHostCalls))
            throw PyErrors.RuntimeError("no running event loop");
        if (args[0] is not PyGenerator { Kind: GeneratorKind.Coroutine } coroutine)
            throw PyErrors.TypeError($"a coroutine was expected, got {Repr.Of(args[0])}");
        var name = kwargs?.Get("name") is { } n && !ReferenceEquals(n, PySingleton.None) ? Repr.Str(n) : null;
        return loop.NewTask(coroutine, name);
    }

    private static PyObject WaitFor(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("wait_for", kwargs, "fut", "timeout");
        var awaitable = NativeArgs.Get(args, kwargs, 0, "fut") ?? throw PyErrors.TypeError("wait_for() missing 2 required positional arguments: 'fut' and 'timeout'");
        var timeoutArg = NativeArgs.Get(args, kwargs, 1, "timeout") ?? throw PyErrors.TypeError("wait_for() missing 1 required positional argument: 'timeout'");
        var inner = EnsureFuture(awaitable);
        if (ReferenceEquals(timeoutArg, PySingleton.None)) return inner;
        var loop = Loop;
        var outer = new PyFuture(FutureKind.WaitFor) { Children = [inner] };
        if (inner.Done)
        {
            loop.InnerOfWaitForDone(outer, inner);
            return outer;
        }
        inner.Listeners.Add(outer);
        loop.AddTimer(Seconds(timeoutArg), outer, null);
        return outer;
    }

    private static PyObject CurrentTask(PyObject[] args, KeywordArgs? kwargs)
    {
        NativeArgs.AllowKeywords("current_task", kwargs, "loop");
        return (PyObject?)Loop.Current ?? PySingleton.None;
    }
}
