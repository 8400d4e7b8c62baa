using System.Runtime.CompilerServices;
using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

internal sealed partial class VirtualMachine
{
    /// <summary>How many native operations may be waiting on Python at once (each holds a
    /// dispatch loop on the .NET stack, so this bounds host stack use).</summary>
    private const int MaxNestedCalls = 48;

    private int _nested;
    private PyObject? _nestedResult;

    /// <summary>Whether a native operation is waiting on Python (host calls cannot pause here).</summary>
    public bool InNestedCall => _nested > 0;

    public PyObject CallNested(TailCall call) => CallNested(call.Callable, call.Args, call.Kwargs);

    /// <summary>Runs Python for a native operation that needs a result now (a __hash__ or __eq__
    /// for a dict lookup, a __repr__ inside a list's repr). The frames run in a nested dispatch
    /// loop; they cannot pause for a host call, so the common paths (operators, calls, attribute
    /// access, iteration) avoid this and run dunders as ordinary frames instead.</summary>
    public PyObject CallNested(PyObject callable, PyObject[] args, KeywordArgs? kwargs = null)
    {
        while (true)
        {
            switch (callable)
            {
                case PyBuiltinFunction b:
                    {
                        var result = b.Function(args, kwargs);
                        if (result is TailCall tail)
                        {
                            (callable, args, kwargs) = (tail.Callable, tail.Args, tail.Kwargs);
                            continue;
                        }
                        if (result is not GeneratorRequest) return result;
                        return RunTrampoline(callable, args, kwargs);
                    }
                case PyBoundMethod m:
                    args = [m.Self, .. args];
                    callable = m.Function;
                    continue;
                case PyFunction { Code.IsGenerator: false } fn:
                    {
                        var frame = NewFrame(fn);
                        ArgumentBinder.Bind(fn, frame.Values, args, kwargs);
                        InitialiseCells(frame);
                        return RunNested(frame);
                    }
                default:
                    return RunTrampoline(callable, args, kwargs);
            }
        }
    }

    /// <summary>Anything else callable goes through a one-line prelude function, so the ordinary
    /// call machinery (constructors, generators, __call__) handles it.</summary>
    private PyObject RunTrampoline(PyObject callable, PyObject[] args, KeywordArgs? kwargs)
    {
        var fn = Prelude.Get("__call");
        var frame = NewFrame(fn);
        frame.Values[0] = callable;
        frame.Values[1] = new PyTuple(args);
        frame.Values[2] = ToDict(kwargs);
        return RunNested(frame);
    }

    /// <summary>Runs native work that may call Python (hashing keys whose __hash__ is Python code)
    /// with this VM as the current one, outside any execution: restoring a snapshot's dicts.</summary>
    public T RunDetached<T>(Func<T> work)
    {
        var previous = _current;
        var previousBudget = Budget.Current;
        _current = this;
        Budget.Current = Tracker;
        Tracker.StartClock();
        try
        {
            return work();
        }
        finally
        {
            Tracker.StopClock();
            _current = previous;
            Budget.Current = previousBudget;
        }
    }

    private PyObject RunNested(Frame frame)
    {
        if (_nested >= MaxNestedCalls || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw PyErrors.New(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
        CheckDepth();
        frame.Back = Top;
        frame.Mode = ResumeMode.Nested;
        Top = frame;
        _depth++;
        _nested++;
        try
        {
            PyBaseException? pending = null;
            while (true)
            {
                if (pending is not null)
                {
                    if (!Unwind(pending)) throw new PyException(pending);
                    pending = null;
                }
                try
                {
                    if (Execute() != VmState.NestedReturned)
                        throw new InvalidOperationException("A nested call ended without returning.");
                    var result = _nestedResult!;
                    _nestedResult = null;
                    return result;
                }
                catch (PyException e)
                {
                    pending = e.Value;
                }
                catch (NeedsPythonIteration n)
                {
                    pending = StartMaterialisation(n.Iterable);
                }
                catch (Formatting.FormattingException e)
                {
                    pending = StringFormatting.Convert(e).Value;
                }
                catch (InsufficientExecutionStackException)
                {
                    pending = PyErrors.Create(ExceptionTypes.RecursionError, "maximum recursion depth exceeded");
                }
            }
        }
        finally
        {
            _nested--;
        }
    }

    private VmState ReturnFromNested(Frame f, PyObject value)
    {
        Top = f.Back;
        f.Back = null;
        _depth--;
        _nestedResult = value;
        return VmState.NestedReturned;
    }
}
