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

    /// <summary>The host call the execution waits for, when Status is CallPending.</summary>
    public HostCall? PendingCall { get; private set; }

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

    /// <summary>Resumes the pending host call with its result.</summary>
    public MontyExecution Resume(MontyValue value)
    {
        RequirePending();
        Settle(_vm!.ResumeWithValue(ValueConverter.FromHost(value)));
        return this;
    }

    /// <summary>Resumes the pending host call by raising an exception at the call site.
    /// Unknown type names become RuntimeError.</summary>
    public MontyExecution ResumeWithException(string typeName, string message)
    {
        RequirePending();
        var type = ExceptionTypes.Find(typeName);
        if (type is null || !ExceptionTypes.IsExceptionType(type)) type = ExceptionTypes.RuntimeError;
        Settle(_vm!.ResumeWithException(PyErrors.Create(type, message)));
        return this;
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
                break;
            case VmState.Failed:
                Status = ExecutionStatus.Failed;
                Error = ErrorFormatter.ToError(_vm!.Error!);
                PendingCall = null;
                break;
            default:
                Status = ExecutionStatus.CallPending;
                var p = _vm!.Pending!;
                var args = new List<MontyValue>(p.Args.Length);
                foreach (var a in p.Args) args.Add(ValueConverter.ToHost(a));
                var kwargs = new List<KeyValuePair<string, MontyValue>>();
                if (p.Kwargs is not null)
                    for (var i = 0; i < p.Kwargs.Count; i++) kwargs.Add(new(p.Kwargs.Names[i], ValueConverter.ToHost(p.Kwargs.Values[i])));
                PendingCall = new HostCall(p.CallId, p.FunctionName, args, kwargs);
                break;
        }
    }

    /// <summary>Routes print() output to the session's current output.</summary>
    private sealed class OutputAdapter(MontySession session) : IOutputSink
    {
        public void Write(string text, bool isError) =>
            session.Output?.Write(isError ? OutputStream.Stderr : OutputStream.Stdout, text);
    }
}
