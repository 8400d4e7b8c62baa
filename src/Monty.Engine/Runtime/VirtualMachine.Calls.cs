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
                        if (fn.Code.IsGenerator || fn.Code.IsCoroutine)
                        {
                            InitialiseCells(frame);
                            var kind = !fn.Code.IsCoroutine ? GeneratorKind.Generator
                                : fn.Code.IsGenerator ? GeneratorKind.AsyncGenerator : GeneratorKind.Coroutine;
                            var gen = new PyGenerator(frame, fn.Name, fn.QualName, kind);
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
                        if (ReferenceEquals(result, HostWaitMarker)) return SuspendForHost(stackItems);
                        if (result is TailCall tail)
                        {
                            callable = tail.Callable;
                            args = tail.Args;
                            kwargs = tail.Kwargs;
                            continue;
                        }
                        if (result is Builtins.ClassBodyRequest body)
                        {
                            var frame = NewFrame(body.Body);
                            frame.LocalsDict = body.Namespace;
                            InitialiseCells(frame);
                            CheckDepth();
                            PopCallArguments(stackItems);
                            PushFrame(frame);
                            return null;
                        }
                        if (result is GeneratorRequest request)
                        {
                            PopCallArguments(stackItems);
                            ResumeGenerator(request.Generator, request.Value, request.Mode, 0, request.Default, request.Throw);
                            return null;
                        }
                        return result;
                    }
                case PyType { IsBuiltin: false } or PyType { Metaclass: not null }:
                    {
                        var cls = (PyType)callable;
                        if (ConstructionPlan.Of(cls) is { IsPlain: true } plan && (plan.Init is not null || args.Length == 0 && kwargs is not { Count: > 0 }))
                        {
                            // object.__new__ then a Python __init__, with the checks already made by the plan.
                            Limits.Budget.ChargeObject();
                            var plainInstance = new PyInstance(cls);
                            if (plan.Init is null) return plainInstance;
                            return StartInit(plan.Init, plainInstance, [plainInstance, .. args], kwargs, stackItems);
                        }
                        if (cls.Metaclass?.LookupUserSpecial("__call__") is { } metaCall)
                        {
                            (callable, args) = (metaCall, [cls, .. args]);
                            continue;
                        }
                        if (cls.IsSubtypeOf(PyTypes.Type) || cls.LookupUserSpecial("__new__") is not null
                            || cls.LookupUserSpecial("__init__") is { } customInit && customInit is not PyFunction)
                        {
                            (callable, args, kwargs) = (Prelude.Get("__construct"), [cls, new PyTuple(args), ToDict(kwargs)], null);
                            continue;
                        }
                        var instance = Builtins.ObjectMethods.NewInstance(cls, args, kwargs);
                        if (cls.LookupUserSpecial("__init__") is not PyFunction init) return instance;
                        return StartInit(init, instance, [instance, .. args], kwargs, stackItems);
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
                case PyClassMethod or PyStaticMethod:
                    callable = callable is PyStaticMethod sm ? sm.Function : ((PyClassMethod)callable).Function;
                    continue;
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
                        if (_nested > 0)
                            throw PyErrors.RuntimeError($"host function '{h.Name}' cannot be called here: it was reached from a builtin operation that cannot pause (such as a __hash__, __eq__ or __repr__ run by a dict, set or list method); call it from ordinary code instead");
                        // In async code a host call is a future: the loop gathers calls and waits for them together.
                        if (Top!.Code.AwaitsHostCalls) return StartAsyncHostCall(h, args, kwargs);
                        Tracker.CountSuspension();
                        PopCallArguments(stackItems);
                        Pending = new PendingHostCall(_nextCallId++, h.Name, args, kwargs);
                        return SuspendMarker;
                    }
                default:
                    if (callable.Type.LookupUserSpecial("__call__") is { } call)
                    {
                        (callable, args) = (call, [callable, .. args]);
                        continue;
                    }
                    throw PyErrors.TypeError($"'{callable.Type.Name}' object is not callable");
            }
        }
    }

    /// <summary>Pushes the frame of a Python __init__ for a new instance; its return gives the caller the instance.</summary>
    private PyObject? StartInit(PyFunction init, PyObject instance, PyObject[] argsWithSelf, KeywordArgs? kwargs, int stackItems)
    {
        var frame = NewFrame(init);
        ArgumentBinder.Bind(init, frame.Values, argsWithSelf, kwargs);
        if (init.Code.IsGenerator) throw PyErrors.TypeError("__init__() should return None, not 'generator'");
        InitialiseCells(frame);
        CheckDepth();
        PopCallArguments(stackItems);
        PushFrame(frame);
        frame.Mode = ResumeMode.Init;
        frame.Default = instance;
        return null;
    }

    /// <summary>Runs a Python call in place of an instruction's native work (a dunder, a property,
    /// a setter): like <see cref="Invoke"/>, and a frame it pushes gets the given resume mode.</summary>
    private PyObject? InvokeInstead(TailCall call, int stackItems, ResumeMode mode) =>
        InvokeInstead(call.Callable, call.Args, stackItems, mode, call.Kwargs);

    private PyObject? InvokeInstead(PyObject callable, PyObject[] args, int stackItems, ResumeMode mode, KeywordArgs? kwargs = null)
    {
        var caller = Top!;
        var result = Invoke(callable, args, kwargs, stackItems);
        if (result is null && mode != ResumeMode.Call && !ReferenceEquals(Top, caller) && Top!.Generator is null && Top.Mode == ResumeMode.Call)
            Top.Mode = mode;
        return result;
    }

    private static PyDict ToDict(KeywordArgs? kwargs)
    {
        var d = new PyDict();
        if (kwargs is not null)
            for (var i = 0; i < kwargs.Count; i++) d.SetStr(kwargs.Names[i], kwargs.Values[i]);
        return d;
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
