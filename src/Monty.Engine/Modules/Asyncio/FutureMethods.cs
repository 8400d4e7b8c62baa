using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Asyncio;

/// <summary>Methods of asyncio.Future and asyncio.Task, and of async generators, worded as CPython's.</summary>
internal static class FutureMethods
{
    public static void Register()
    {
        var future = AsyncTypes.Future;
        future.Constructor = (_, args, kwargs) =>
        {
            NativeArgs.AllowKeywords("Future", kwargs, "loop");
            if (args.Length > 0) throw PyErrors.TypeError($"Future() takes 0 positional arguments but {args.Length} were given");
            return new PyFuture(FutureKind.Plain);
        };
        TypeSetup.Method(future, "result", (args, kw) => Result(Self(args, "result")));
        TypeSetup.Method(future, "exception", (args, kw) => Exception(Self(args, "exception")));
        TypeSetup.Method(future, "done", (args, kw) => PyBool.Of(Self(args, "done").Done));
        TypeSetup.Method(future, "cancelled", (args, kw) => PyBool.Of(Self(args, "cancelled").State == FutureState.Cancelled));
        TypeSetup.Method(future, "cancel", (args, kw) => PyBool.Of(VirtualMachine.Current.Scheduler.Cancel(Self(args, "cancel"))));
        TypeSetup.Method(future, "set_result", SetResult);
        TypeSetup.Method(future, "set_exception", SetException);
        var task = AsyncTypes.Task;
        TypeSetup.Method(task, "get_name", (args, kw) => PyStr.Of(Self(args, "get_name").Name));
        TypeSetup.Method(task, "set_name", (args, kw) =>
        {
            NativeArgs.MethodCount("set_name", args, 1, 1);
            Self(args, "set_name").Name = Runtime.Repr.Str(args[1]);
            return PySingleton.None;
        });
        TypeSetup.Method(task, "get_coro", (args, kw) => (PyObject?)Self(args, "get_coro").Coroutine ?? PySingleton.None);
        var agen = AsyncTypes.AsyncGenerator;
        TypeSetup.Method(agen, "__aiter__", (args, kw) => AsyncGen(args, "__aiter__"));
        TypeSetup.Method(agen, "__anext__", (args, kw) => new PyAsyncGenASend(AsyncGen(args, "__anext__"), PySingleton.None));
        TypeSetup.Method(agen, "asend", (args, kw) =>
        {
            NativeArgs.MethodCount("asend", args, 1, 1);
            return new PyAsyncGenASend(AsyncGen(args, "asend"), args[1]);
        });
    }

    private static PyFuture Self(PyObject[] args, string name) =>
        args.Length > 0 && args[0] is PyFuture f ? f : MethodArgs.Self<PyFuture>(args, AsyncTypes.Future, name);

    private static PyGenerator AsyncGen(PyObject[] args, string name) =>
        args.Length > 0 && args[0] is PyGenerator { Kind: GeneratorKind.AsyncGenerator } g ? g : MethodArgs.Self<PyGenerator>(args, AsyncTypes.AsyncGenerator, name);

    private static PyObject Result(PyFuture f)
    {
        if (!f.Done) throw PyErrors.New(AsyncTypes.InvalidStateError, "Result is not set.");
        return VirtualMachine.FutureOutcome(f);
    }

    private static PyObject Exception(PyFuture f)
    {
        if (!f.Done) throw PyErrors.New(AsyncTypes.InvalidStateError, "Exception is not set.");
        if (f.State == FutureState.Cancelled) throw new PyException(Scheduler.NewCancelled());
        return (PyObject?)f.Exception ?? PySingleton.None;
    }

    private static PyObject SetResult(PyObject[] args, KeywordArgs? kwargs)
    {
        var f = Self(args, "set_result");
        NativeArgs.MethodCount("set_result", args, 1, 1);
        if (f.Kind == FutureKind.Task) throw PyErrors.RuntimeError("Task does not support set_result operation");
        if (f.Done) throw PyErrors.New(AsyncTypes.InvalidStateError, "invalid state");
        VirtualMachine.Current.Scheduler.SetResult(f, args[1]);
        return PySingleton.None;
    }

    private static PyObject SetException(PyObject[] args, KeywordArgs? kwargs)
    {
        var f = Self(args, "set_exception");
        NativeArgs.MethodCount("set_exception", args, 1, 1);
        if (f.Kind == FutureKind.Task) throw PyErrors.RuntimeError("Task does not support set_exception operation");
        if (f.Done) throw PyErrors.New(AsyncTypes.InvalidStateError, "invalid state");
        var exc = args[1] switch
        {
            PyBaseException e => e,
            PyType t when ExceptionTypes.IsExceptionType(t) => new PyBaseException(t, PyTuple.Empty),
            _ => throw PyErrors.TypeError("exception must be a BaseException instance or type"),
        };
        VirtualMachine.Current.Scheduler.SetException(f, exc);
        return PySingleton.None;
    }

    /// <summary>CPython's repr, without the source location of the coroutine.</summary>
    public static string Repr(PyFuture f)
    {
        var state = f.State switch
        {
            FutureState.Pending => "pending",
            FutureState.Cancelled => "cancelled",
            _ => "finished",
        };
        var detail = f.State == FutureState.Finished
            ? f.Exception is { } e ? $" exception={Runtime.Repr.Of(e)}" : $" result={Runtime.Repr.Of(f.Result ?? PySingleton.None)}"
            : "";
        return f.Kind == FutureKind.Task
            ? $"<Task {state} name='{f.Name}' coro={Runtime.Repr.Of(f.Coroutine!)}{detail}>"
            : $"<Future {state}{detail}>";
    }
}
