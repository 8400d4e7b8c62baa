using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

internal sealed partial class VirtualMachine
{
    /// <summary>Returned by <see cref="Invoke"/> when the script called a host function.</summary>
    private static readonly PyObject SuspendMarker = new TailCall(PySingleton.None, []);

    private Frame NewFrame(PyFunction fn) => new(fn.Code, fn.Globals, fn.GlobalSlots, fn.Closure);

    private void CheckDepth()
    {
        if (_depth >= Tracker.Limits.MaxRecursionDepth)
            throw PyErrors.New(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
    }

    private void PushFrame(Frame frame)
    {
        CheckDepth();
        frame.Back = Top;
        frame.Mode = ResumeMode.Call;
        Top = frame;
        _depth++;
    }

    /// <summary>Calls any callable with arguments taken from the current frame's stack.
    /// Returns the result; null when a Python frame was pushed (the loop continues there,
    /// and the result will be pushed to this frame on return, after popping stackItems);
    /// or <see cref="SuspendMarker"/> for a host call.</summary>
    private PyObject? Invoke(PyObject callable, PyObject[] args, KeywordArgs? kwargs, int stackItems)
    {
        while (true)
        {
            switch (callable)
            {
                case PyFunction fn:
                    {
                        var frame = NewFrame(fn);
                        ArgumentBinder.Bind(fn, frame.Values, args, kwargs);
                        if (fn.Code.IsGenerator)
                        {
                            InitialiseCells(frame);
                            var gen = new PyGenerator(frame, fn.Name, fn.QualName);
                            frame.Generator = gen;
                            return gen;
                        }
                        InitialiseCells(frame);
                        CheckDepth();
                        PopCallArguments(stackItems);
                        PushFrame(frame);
                        return null;
                    }
                case PyBoundMethod m:
                    {
                        var full = new PyObject[args.Length + 1];
                        full[0] = m.Self;
                        args.CopyTo(full, 1);
                        callable = m.Function;
                        args = full;
                        continue;
                    }
                case PyBuiltinFunction b:
                    {
                        if (b.ConsumesIterables && TryMaterialiseGeneratorArgument(args)) return null;
                        var result = b.Function(args, kwargs);
                        if (result is TailCall tail)
                        {
                            callable = tail.Callable;
                            args = tail.Args;
                            kwargs = tail.Kwargs;
                            continue;
                        }
                        if (result is GeneratorRequest request)
                        {
                            PopCallArguments(stackItems);
                            ResumeGenerator(request.Generator, request.Value, request.Mode, 0, request.Default, request.Throw);
                            return null;
                        }
                        return result;
                    }
                case PyType t:
                    {
                        if (IsCollectionType(t) && TryMaterialiseGeneratorArgument(args)) return null;
                        var result = ConstructType(t, args, kwargs);
                        if (result is TailCall tail)
                        {
                            callable = tail.Callable;
                            args = tail.Args;
                            kwargs = tail.Kwargs;
                            continue;
                        }
                        return result;
                    }
                case INativeCallable native:
                    {
                        var result = native.Call(args, kwargs);
                        if (result is not TailCall tail) return result;
                        callable = tail.Callable;
                        args = tail.Args;
                        kwargs = tail.Kwargs;
                        continue;
                    }
                case PyHostFunction h:
                    {
                        Tracker.CountSuspension();
                        PopCallArguments(stackItems);
                        Pending = new PendingHostCall(_nextCallId++, h.Name, args, kwargs);
                        return SuspendMarker;
                    }
                default:
                    throw PyErrors.TypeError($"'{callable.Type.Name}' object is not callable");
            }
        }
    }

    private static bool IsCollectionType(PyType t) =>
        t == PyTypes.List || t == PyTypes.Tuple || t == PyTypes.Set || t == PyTypes.FrozenSet || t == PyTypes.Dict;

    /// <summary>Starts turning the first generator argument into a list (a Retry frame that
    /// re-runs this call), avoiding a .NET exception round trip. False when there is none.</summary>
    private bool TryMaterialiseGeneratorArgument(PyObject[] args)
    {
        foreach (var a in args)
        {
            if (a is PyGenerator) return StartMaterialisation(a) is null;
        }
        return false;
    }

    /// <summary>Drops a call's callable and arguments from the caller's stack before control leaves it.</summary>
    private void PopCallArguments(int stackItems)
    {
        var f = Top!;
        Array.Clear(f.Values, f.Sp - stackItems, stackItems);
        f.Sp -= stackItems;
    }

    /// <summary>Moves parameters that inner functions capture into their cells.</summary>
    private static void InitialiseCells(Frame frame)
    {
        var cellParams = frame.Code.CellParameters;
        for (var i = 0; i < cellParams.Length; i++)
        {
            var p = cellParams[i];
            if (p < 0) continue;
            frame.Cells![i].Contents = frame.Values[p];
            frame.Values[p] = null;
        }
    }

    private static PyObject ConstructType(PyType type, PyObject[] args, KeywordArgs? kwargs)
    {
        var ctor = type.Constructor ?? throw PyErrors.TypeError($"cannot create '{type.Name}' instances");
        return ctor(type, args, kwargs);
    }
}
