using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

internal sealed partial class VirtualMachine
{
    /// <summary>Unwinds frames for an exception: records traceback entries, runs the innermost
    /// matching handler block. Returns false when the exception escapes the entry frame.</summary>
    private bool Unwind(PyBaseException exc)
    {
        if (_handled is not null && !ReferenceEquals(_handled, exc) && exc.Context is null && !CreatesCycle(exc, _handled))
            exc.Context = _handled;
        while (Top is { } f)
        {
            if (!ReferenceEquals(exc.LastFrame, f)) exc.Traceback.Add(new TracebackEntry(f.Code, f.Ip - 1));
            exc.LastFrame = null;
            if (exc.LimitKind is null)
            {
                while (f.BlockCount > 0)
                {
                    var block = f.Blocks[--f.BlockCount];
                    if (block.IsHandlerBody)
                    {
                        _handled = f.Values[block.StackDepth - 2] as PyBaseException;
                        continue;
                    }
                    Array.Clear(f.Values, block.StackDepth, f.Sp - block.StackDepth);
                    f.Sp = block.StackDepth;
                    f.Push((PyObject?)_handled ?? PySingleton.None);
                    f.Push(exc);
                    _handled = exc;
                    f.Ip = block.Handler;
                    return true;
                }
            }
            var nestedEntry = f.Mode == ResumeMode.Nested && f.Generator is null;
            if (!LeaveFrameWithException(f, ref exc)) return true;
            // The native that started a nested call receives the exception as a .NET throw.
            if (nestedEntry) return false;
        }
        return false;
    }

    /// <summary>Pops a frame an exception escapes from. Returns false when the exception is
    /// absorbed on the way out (close() of a generator that exits with GeneratorExit).</summary>
    private bool LeaveFrameWithException(Frame f, ref PyBaseException exc)
    {
        var caller = f.Back;
        if (f.Generator is null)
        {
            Top = caller;
            f.Back = null;
            _depth--;
            return true;
        }
        PopGeneratorFrame(f, finished: true);
        if (f.Mode == ResumeMode.Close &&
            (exc.ExceptionType.IsSubtypeOf(ExceptionTypes.GeneratorExit) || exc.ExceptionType.IsSubtypeOf(ExceptionTypes.StopIteration)))
        {
            caller!.Push(PySingleton.None);
            return false;
        }
        if (exc.ExceptionType.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            var replacement = PyErrors.Create(ExceptionTypes.RuntimeError, "generator raised StopIteration");
            replacement.Cause = exc;
            replacement.Context = exc;
            replacement.SuppressContext = true;
            exc = replacement;
        }
        return true;
    }

    private static bool CreatesCycle(PyBaseException exc, PyBaseException context)
    {
        // Scripts can assign __context__, so the chain may loop without reaching exc: walk it
        // with a second pointer at half speed and stop when they meet (Floyd), as CPython does.
        var slow = context;
        var fast = context;
        while (fast is not null)
        {
            if (ReferenceEquals(fast, exc)) return true;
            fast = fast.Context;
            if (fast is null) return false;
            if (ReferenceEquals(fast, exc)) return true;
            fast = fast.Context;
            slow = slow!.Context;
            if (ReferenceEquals(fast, slow)) return false;
        }
        return false;
    }

    /// <summary>Turns the operand of raise into an exception instance (a class is instantiated).</summary>
    private static PyBaseException MakeException(PyObject o) => o switch
    {
        PyBaseException e => e,
        PyType t when ExceptionTypes.IsExceptionType(t) => new PyBaseException(t, PyTuple.Empty),
        _ => throw PyErrors.TypeError("exceptions must derive from BaseException"),
    };

    private static PyBaseException MakeCause(PyObject o) =>
        o is PyBaseException || o is PyType t && ExceptionTypes.IsExceptionType(t)
            ? MakeException(o)
            : throw PyErrors.TypeError("exception causes must derive from BaseException");

    private static bool ExceptionMatches(PyBaseException exc, PyObject spec)
    {
        switch (spec)
        {
            case PyType t when ExceptionTypes.IsExceptionType(t):
                return exc.ExceptionType.IsSubtypeOf(t);
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                    if (ExceptionMatches(exc, item)) return true;
                return false;
            default:
                throw PyErrors.TypeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /// <summary>A native operation needs a Python-level iterable as a list: call the prelude's
    /// materialiser in a Retry frame that patches the stack slot and re-runs the instruction.</summary>
    private PyBaseException? StartMaterialisation(PyObject iterable)
    {
        var f = Top!;
        var instruction = f.Ip - 1;
        var stackBase = f.Code.VarNames.Length;
        for (var slot = f.Sp - 1; slot >= stackBase; slot--)
        {
            var item = f.Values[slot];
            if (ReferenceEquals(item, iterable) || (item is PyTuple t && Array.IndexOf(t.Items, iterable) >= 0))
            {
                var frame = NewFrame(Prelude.Materialise);
                frame.Values[0] = iterable;
                try
                {
                    PushFrame(frame);
                }
                catch (PyException e)
                {
                    return e.Value;
                }
                frame.Mode = ResumeMode.Retry;
                frame.RetrySlot = slot;
                frame.RetryIp = instruction;
                frame.RetryOriginal = iterable;
                f.Ip = instruction;
                return null;
            }
        }
        return PyErrors.Create(ExceptionTypes.NotImplementedError,
            $"iterating a {iterable.Type.Name} here is not supported by Monty; convert it with list() first");
    }

    private static void PatchRetry(Frame caller, Frame f, PyObject list)
    {
        var current = caller.Values[f.RetrySlot];
        if (current is PyTuple t && !ReferenceEquals(current, f.RetryOriginal))
        {
            var items = (PyObject[])t.Items.Clone();
            for (var i = 0; i < items.Length; i++)
                if (ReferenceEquals(items[i], f.RetryOriginal)) items[i] = list;
            caller.Values[f.RetrySlot] = new PyTuple(items);
        }
        else
        {
            caller.Values[f.RetrySlot] = list;
        }
        caller.Ip = f.RetryIp;
    }
}
