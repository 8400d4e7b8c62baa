using Monty.Engine.Limits;
using Monty.Engine.Objects;

namespace Monty.Engine.Runtime;

/// <summary>Why the dispatch loop returned.</summary>
internal enum VmState { Completed, Suspended, Failed, NestedReturned }

/// <summary>A host call the script is waiting on.</summary>
internal sealed record PendingHostCall(long CallId, string FunctionName, PyObject[] Args, KeywordArgs? Kwargs);

/// <summary>Destination of print() output.</summary>
internal interface IOutputSink
{
    void Write(string text, bool isError);
}

/// <summary>The interpreter for one execution: a stack of frames it owns, the handled-exception
/// state, the resource tracker, and the pending host call when suspended. Not thread-safe; one
/// thread drives it at a time, and it may be resumed on a different thread.</summary>
internal sealed partial class VirtualMachine
{
    [ThreadStatic] private static VirtualMachine? _current;

    private PyBaseException? _handled;
    private int _depth;
    private int _ticks = TickInterval;
    private long _nextCallId = 1;
    private const int TickInterval = 2048;

    public VirtualMachine(ResourceTracker tracker, IOutputSink output)
    {
        Tracker = tracker;
        Output = output;
    }

    /// <summary>The VM running on this thread, for builtins that need it (print, limits).</summary>
    public static VirtualMachine Current => _current ?? throw new InvalidOperationException("No Monty execution is running on this thread.");

    public static VirtualMachine? CurrentOrNull => _current;

    public ResourceTracker Tracker { get; }

    /// <summary>Where the host's grants are read (the session's current ones); none when unset.</summary>
    public Func<MontyGrants>? GrantsSource { get; set; }

    public MontyGrants Grants => GrantsSource?.Invoke() ?? MontyGrants.None;

    public IOutputSink Output { get; set; }

    /// <summary>The innermost running frame; null when idle.</summary>
    public Frame? Top { get; private set; }

    public PendingHostCall? Pending { get; private set; }

    public PyObject? Result { get; private set; }

    public PyBaseException? Error { get; private set; }

    /// <summary>Functions of the Python prelude, created on first use in this execution.</summary>
    public Prelude Prelude => _prelude ??= new Prelude();

    private Prelude? _prelude;

    public long NextCallId
    {
        get => _nextCallId;
        set => _nextCallId = value;
    }

    public int Depth => _depth;

    /// <summary>Modules imported by this execution, so repeated imports share one module object.</summary>
    /// <summary>Modules imported so far; a session's feeds share one.</summary>
    public Dictionary<string, PyModule> ImportedModules { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Starts running an entry frame (module code).</summary>
    public VmState Start(Frame entry)
    {
        entry.Back = null;
        Top = entry;
        _depth = 1;
        return RunLoop(null);
    }

    /// <summary>Resumes a suspended host call with its result.</summary>
    public VmState ResumeWithValue(PyObject value)
    {
        RequireSuspended();
        Pending = null;
        Top!.Push(value);
        return RunLoop(null);
    }

    /// <summary>Resumes a suspended host call by raising an exception at the call site.</summary>
    public VmState ResumeWithException(PyBaseException exception)
    {
        RequireSuspended();
        Pending = null;
        return RunLoop(exception);
    }

    /// <summary>Restores frame-stack bookkeeping after a snapshot load.</summary>
    public void RestoreSuspended(Frame top, int depth, PendingHostCall? pending, PyBaseException? handled)
    {
        Top = top;
        _depth = depth;
        Pending = pending;
        _handled = handled;
    }

    public PyBaseException? HandledException => _handled;

    private void RequireSuspended()
    {
        if (Pending is null || Top is null) throw new InvalidOperationException("The execution is not waiting for a host call.");
    }

    private VmState RunLoop(PyBaseException? pending)
    {
        var previous = _current;
        var previousBudget = Budget.Current;
        _current = this;
        Budget.Current = Tracker;
        Tracker.StartClock();
        try
        {
            while (true)
            {
                if (pending is not null)
                {
                    if (!Unwind(pending)) return Fail(pending);
                    pending = null;
                }
                try
                {
                    return Execute();
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
        catch (Exception e) when (IsInternalFault(e))
        {
            // Restored snapshots are validated, but the dispatch loop still trusts the types of
            // stack values; crafted bytecode (or an engine bug) lands here. End the execution with
            // an error the script cannot catch rather than throwing into the host.
            return Fail(PyErrors.Create(ExceptionTypes.SystemError, $"internal error ({e.GetType().Name}): {e.Message}"));
        }
        finally
        {
            Tracker.StopClock();
            _current = previous;
            Budget.Current = previousBudget;
        }
    }

    private static bool IsInternalFault(Exception e) =>
        e is InvalidCastException or IndexOutOfRangeException or NullReferenceException or ArgumentException
            or InvalidOperationException or OverflowException or KeyNotFoundException or DivideByZeroException;

    private VmState Fail(PyBaseException exception)
    {
        AbandonAsyncCalls();
        Error = exception;
        Top = null;
        _depth = 0;
        _handled = null;
        return VmState.Failed;
    }

    private VmState Complete(PyObject value)
    {
        AbandonAsyncCalls();
        Result = value;
        Top = null;
        _depth = 0;
        return VmState.Completed;
    }

    private volatile bool _cancelRequested;

    /// <summary>Asks a running execution to stop at its next check (thread-safe). It fails with
    /// an uncatchable KeyboardInterrupt.</summary>
    public void RequestCancel()
    {
        _cancelRequested = true;
        _ticks = 1;
    }

    private void Tick()
    {
        _ticks = TickInterval;
        Tracker.Instructions += TickInterval;
        if (_cancelRequested)
            throw ResourceTracker.LimitError(ExceptionTypes.KeyboardInterrupt, "cancelled", "execution cancelled by the host");
        Tracker.CheckTime();
    }
}
