using Monty.Engine.Compilation;
using Monty.Engine.Hosting;
using Monty.Engine.Limits;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine;

/// <summary>One run of code: it has completed, failed, or is waiting for a host call.
/// Resume it with the call's result (or an exception) to continue.</summary>
public sealed class MontyExecution
{
    private readonly VirtualMachine? _vm;
    private readonly ResourceTracker _tracker;

    internal MontyExecution(MontySession session, ResourceTracker tracker)
    {
        Session = session;
        _tracker = tracker;
        _vm = new VirtualMachine(tracker, new OutputAdapter(session)) { GrantsSource = () => session.Grants };
        tracker.MeasureLive = () => HeapMeasure.Measure(_vm);
    }

    private MontyExecution(MontySession session, ResourceTracker tracker, VirtualMachine vm)
    {
        Session = session;
        _tracker = tracker;
        _vm = vm;
        vm.Output = new OutputAdapter(session);
        vm.GrantsSource = () => session.Grants;
        tracker.MeasureLive = () => HeapMeasure.Measure(vm);
    }

    private MontyExecution(MontySession session, MontyError error)
    {
        Session = session;
        _tracker = new ResourceTracker(session.Limits);
        Status = ExecutionStatus.Failed;
        Error = error;
    }

    public MontySession Session { get; }

    /// <summary>The interpreter, for tests and snapshots (null when compilation failed).</summary>
    internal VirtualMachine? Vm => _vm;

    public ExecutionStatus Status { get; private set; }

    /// <summary>The value of the final expression statement (None if the code ends otherwise).</summary>
    public MontyValue? Result { get; private set; }

    public MontyError? Error { get; private set; }

    /// <summary>The host call the execution waits for, when Status is CallPending: the synchronous
    /// call if there is one, else the oldest of <see cref="PendingCalls"/>.</summary>
    public HostCall? PendingCall { get; private set; }

    /// <summary>Every call the host may answer now, oldest first. Async code (asyncio.gather over
    /// host functions) has several outstanding at once; answer them in any order with
    /// <see cref="Resume(long, MontyValue)"/>. Empty unless Status is CallPending.</summary>
    public IReadOnlyList<HostCall> PendingCalls { get; private set; } = [];

    public ResourceUsage Usage => new(_tracker.Elapsed, _tracker.Instructions, _tracker.PeakMemory, _tracker.Allocations,
        _tracker.Suspensions, _tracker.OutputBytes);

    internal static MontyExecution FailedBeforeStart(MontySession session, MontyError error) => new(session, error);

    /// <summary>Wraps a VM restored from a snapshot, suspended at its pending host call.</summary>
    internal static MontyExecution Restore(MontySession session, ResourceTracker tracker, VirtualMachine vm)
    {
        var execution = new MontyExecution(session, tracker, vm);
        execution.Settle(VmState.Suspended);
        session.AttachRunning(execution);
        return execution;
    }

    /// <summary>Serializes the whole state while CallPending: the session, every frame, the heap,
    /// the pending call and the resources used so far. <see cref="Load"/> continues it, in this
    /// process or another. Once completed or failed, this snapshots the session instead
    /// (load it with <see cref="MontySession.Load"/>).</summary>
    public byte[] Dump() =>
        Status == ExecutionStatus.CallPending
            ? Snapshots.SnapshotDumper.DumpExecution(Session, _vm!, _tracker)
            : Snapshots.SnapshotDumper.DumpSession(Session);

    /// <summary>Restores an execution from <see cref="Dump"/>: it is CallPending with the same
    /// PendingCall, and Resume continues where it stopped. Snapshots are untrusted input: any
    /// defect raises <see cref="MontySnapshotException"/>. Pass limits to replace the stored ones.</summary>
    public static MontyExecution Load(byte[] snapshot, IMontyOutput? output = null, ResourceLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return Snapshots.SnapshotLoader.LoadExecution(snapshot, output, limits);
    }

    internal void StartModule(CodeObject code, ModuleNamespace globals)
    {
        var frame = new Frame(code, globals, globals.SlotsFor(code), null);
        Settle(_vm!.Start(frame));
    }

    /// <summary>Stops a feed that is running Python on another thread, within a few thousand
    /// instructions: it then fails with KeyboardInterrupt (LimitKind "cancelled"). Thread-safe.</summary>
    public void Cancel() => _vm?.RequestCancel();

    /// <summary>Resumes the pending host call (<see cref="PendingCall"/>) with its result.</summary>
    public MontyExecution Resume(MontyValue value)
    {
        RequirePending();
        return Resume(PendingCall!.CallId, value);
    }

    /// <summary>Resumes the pending host call by raising an exception at the call site.
    /// Unknown type names become RuntimeError.</summary>
    public MontyExecution ResumeWithException(string typeName, string message)
    {
        RequirePending();
        return ResumeWithException(PendingCall!.CallId, typeName, message);
    }

    /// <summary>Answers one of <see cref="PendingCalls"/> by id. The script continues as far as
    /// the answer lets it: the tasks waiting for this call run until every task is blocked again,
    /// and the execution then completes, fails or is CallPending with the calls still outstanding
    /// (plus any new ones). Throws <see cref="ArgumentException"/> for an id that is not pending.</summary>
    public MontyExecution Resume(long callId, MontyValue value)
    {
        RequirePending();
        RequireCall(callId);
        Settle(_vm!.AnswerCall(callId, ValueConverter.FromHost(value), null)!.Value);
        return this;
    }

    /// <summary>Answers one of <see cref="PendingCalls"/> by raising an exception where the script
    /// awaits (or made) the call. Unknown type names become RuntimeError.</summary>
    public MontyExecution ResumeWithException(long callId, string typeName, string message)
    {
        RequirePending();
        RequireCall(callId);
        var type = ExceptionTypes.Find(typeName);
        if (type is null || !ExceptionTypes.IsExceptionType(type)) type = ExceptionTypes.RuntimeError;
        Settle(_vm!.AnswerCall(callId, null, PyErrors.Create(type, message))!.Value);
        return this;
    }

    private void RequireCall(long callId)
    {
        foreach (var call in PendingCalls)
            if (call.CallId == callId) return;
        throw new ArgumentException($"No pending host call has id {callId}.", nameof(callId));
    }

    private void RequirePending()
    {
        if (Status != ExecutionStatus.CallPending) throw new InvalidOperationException("The execution is not waiting for a host call.");
    }

    private void Settle(VmState state)
    {
        switch (state)
        {
            case VmState.Completed:
                Status = ExecutionStatus.Completed;
                Result = ValueConverter.ToHost(_vm!.Result!);
                PendingCall = null;
                PendingCalls = [];
                break;
            case VmState.Failed when IsCleanExit(_vm!.Error!):
                Status = ExecutionStatus.Completed;
                Result = ValueConverter.ToHost(PySingleton.None);
                PendingCall = null;
                PendingCalls = [];
                break;
            case VmState.Failed:
                Status = ExecutionStatus.Failed;
                Error = ErrorFormatter.ToError(_vm!.Error!);
                PendingCall = null;
                PendingCalls = [];
                break;
            default:
                Status = ExecutionStatus.CallPending;
                // Calls already converted keep their objects (hosts may compare them by reference).
                var known = PendingCalls.ToDictionary(c => c.CallId);
                var calls = new List<HostCall>();
                foreach (var p in _vm!.OutstandingCalls()) calls.Add(known.GetValueOrDefault(p.CallId) ?? ToHostCall(p));
                PendingCalls = calls;
                var sync = _vm.Pending;
                PendingCall = sync is null ? calls[0] : calls.First(c => c.CallId == sync.CallId);
                break;
        }
    }

    /// <summary>sys.exit(), sys.exit(None) and sys.exit(0) end a script successfully, as exit status
    /// 0 does for CPython; other SystemExits fail the execution with their argument.</summary>
    private static bool IsCleanExit(PyBaseException error) =>
        error.ExceptionType.IsSubtypeOf(ExceptionTypes.SystemExit)
        && error.Args.Items is [] or [PySingleton { Name: "None" }] or [PyInt { Value: 0 }];

    private static HostCall ToHostCall(PendingHostCall p)
    {
        var args = new List<MontyValue>(p.Args.Length);
        foreach (var a in p.Args) args.Add(ValueConverter.ToHost(a));
        var kwargs = new List<KeyValuePair<string, MontyValue>>();
        if (p.Kwargs is not null)
            for (var i = 0; i < p.Kwargs.Count; i++) kwargs.Add(new(p.Kwargs.Names[i], ValueConverter.ToHost(p.Kwargs.Values[i])));
        return new HostCall(p.CallId, p.FunctionName, args, kwargs);
    }

    /// <summary>Routes print() output to the session's current output.</summary>
    private sealed class OutputAdapter(MontySession session) : IOutputSink
    {
        public void Write(string text, bool isError) =>
            session.Output?.Write(isError ? OutputStream.Stderr : OutputStream.Stdout, text);
    }
}
