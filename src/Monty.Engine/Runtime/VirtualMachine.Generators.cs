using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

internal sealed partial class VirtualMachine
{
    /// <summary>Puts a generator's frame on top of the frame stack so the loop continues inside it.
    /// For an exhausted generator, delivers the mode's "finished" outcome to the current frame.</summary>
    private void ResumeGenerator(PyGenerator gen, PyObject value, ResumeMode mode, int exitTarget, PyObject? dflt, PyBaseException? toThrow = null)
    {
        if (gen.Running) throw PyErrors.ValueError("generator already executing");
        var caller = Top!;
        if (gen.Finished || (mode == ResumeMode.Close && !gen.Started))
        {
            gen.Finished = true;
            if (toThrow is not null && mode != ResumeMode.Close) throw new PyException(toThrow);
            DeliverReturn(caller, mode, exitTarget, dflt, PySingleton.None, alreadyFinished: true);
            return;
        }
        if (!gen.Started)
        {
            if (!ReferenceEquals(value, PySingleton.None) && toThrow is null)
                throw PyErrors.TypeError("can't send non-None value to a just-started generator");
            gen.Started = true;
        }
        else if (toThrow is null)
        {
            gen.Frame.Push(value);
        }
        if (_depth >= Tracker.Limits.MaxRecursionDepth)
            throw PyErrors.New(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        var frame = gen.Frame;
        frame.Back = caller;
        frame.Mode = mode;
        frame.ExitTarget = exitTarget;
        frame.Default = dflt;
        gen.Running = true;
        Top = frame;
        _depth++;
        if (toThrow is not null) throw new PyException(toThrow);
    }

    /// <summary>A generator frame yielded: hand the value to whoever resumed it.</summary>
    private void HandleYield(Frame f, PyObject value)
    {
        if (f.Generator is null) throw new InvalidOperationException("yield outside a generator frame");
        var caller = f.Back!;
        PopGeneratorFrame(f, finished: false);
        if (f.Mode == ResumeMode.Close)
            throw PyErrors.RuntimeError("generator ignored GeneratorExit");
        if (value is AsyncGenValue yielded)
        {
            if (f.Mode != ResumeMode.ASend) throw PyErrors.RuntimeError("async generator resumed outside an await");
            caller.Values[caller.Sp - 1] = yielded.Value;
            caller.Ip = f.ExitTarget;
            return;
        }
        caller.Push(value);
    }

    /// <summary>A frame returned: deliver the value to its caller according to how it was entered.</summary>
    private void FinishFrame(Frame f, PyObject value)
    {
        var caller = f.Back!;
        if (f.Generator is null)
        {
            Top = caller;
            f.Back = null;
            _depth--;
            switch (f.Mode)
            {
                case ResumeMode.Retry:
                    PatchRetry(caller, f, value);
                    return;
                case ResumeMode.Discard:
                    return;
                case ResumeMode.Init:
                    if (!ReferenceEquals(value, PySingleton.None))
                        throw PyErrors.TypeError($"__init__() should return None, not '{value.Type.Name}'");
                    caller.Push(f.Default!);
                    return;
            }
            caller.Push(value);
            return;
        }
        PopGeneratorFrame(f, finished: true);
        DeliverReturn(caller, f.Mode, f.ExitTarget, f.Default, value, alreadyFinished: false);
    }

    private void PopGeneratorFrame(Frame f, bool finished)
    {
        var gen = f.Generator!;
        Top = f.Back;
        f.Back = null;
        _depth--;
        gen.Running = false;
        if (finished)
        {
            gen.Finished = true;
            Array.Clear(f.Values);
        }
    }

    private static void DeliverReturn(Frame caller, ResumeMode mode, int exitTarget, PyObject? dflt, PyObject value, bool alreadyFinished)
    {
        switch (mode)
        {
            case ResumeMode.ForIter:
                caller.Values[--caller.Sp] = null;
                caller.Ip = exitTarget;
                return;
            case ResumeMode.Send:
                caller.Values[caller.Sp - 1] = alreadyFinished ? PySingleton.None : value;
                caller.Ip = exitTarget;
                return;
            case ResumeMode.NextDefault:
                caller.Push(dflt!);
                return;
            case ResumeMode.Close:
                caller.Push(PySingleton.None);
                return;
            case ResumeMode.ASend:
                throw new PyException(new PyBaseException(ExceptionTypes.StopAsyncIteration, PyTuple.Empty));
            default:
                throw PyErrors.StopIteration(alreadyFinished || ReferenceEquals(value, PySingleton.None) ? null : value);
        }
    }
}
