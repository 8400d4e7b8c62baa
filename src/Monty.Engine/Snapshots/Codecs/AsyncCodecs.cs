using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Snapshots.Codecs;

/// <summary>Async state: futures and tasks, the awaiters inside coroutine frames, and the event
/// loop's scheduler. All of it is data, so an execution suspended with several host calls
/// outstanding dumps and resumes like any other.</summary>
internal static class AsyncCodecs
{
    public static void Register(NodeCodec?[] table)
    {
        table[(byte)NodeTag.Future] = new FutureCodec();
        table[(byte)NodeTag.FutureAwaiter] = new FutureAwaiterCodec();
        table[(byte)NodeTag.YieldOnce] = new YieldOnceCodec();
        table[(byte)NodeTag.AsyncGenASend] = new AsyncGenASendCodec();
        table[(byte)NodeTag.Scheduler] = new SchedulerCodec();
    }
}

internal sealed class FutureCodec : NodeCodec<PyFuture>
{
    protected override void Construction(PyFuture node, RecordSink sink) => sink.Byte((byte)node.Kind);

    protected override void Contents(PyFuture node, RecordSink sink)
    {
        sink.Byte((byte)node.State);
        sink.Ref(node.Result);
        sink.Ref(node.Exception);
        sink.Refs(node.Listeners);
        sink.Ref(node.Coroutine);
        sink.String(node.Name);
        sink.Bool(node.MustCancel);
        sink.Ref(node.WaitingOn);
        sink.VarInt(node.CallId);
        sink.Refs(node.Children);
        sink.Bool(node.Flag);
    }

    protected override PyFuture Construct(GraphReader reader)
    {
        var kind = reader.Input.Byte("future kind");
        if (kind > (byte)FutureKind.WaitFor) throw reader.Error($"unknown future kind {kind}");
        return new PyFuture((FutureKind)kind);
    }

    protected override void Fill(PyFuture node, GraphReader reader)
    {
        var state = reader.Input.Byte("future state");
        if (state > (byte)FutureState.Cancelled) throw reader.Error($"unknown future state {state}");
        node.State = (FutureState)state;
        node.Result = reader.OptionalRef<PyObject>("future result");
        node.Exception = reader.OptionalRef<PyBaseException>("future exception");
        node.Listeners.AddRange(reader.Refs<PyFuture>("future listener"));
        node.Coroutine = reader.OptionalRef<PyGenerator>("task coroutine");
        node.Name = reader.Input.String("task name");
        node.MustCancel = reader.Input.Bool("task must cancel");
        node.WaitingOn = reader.OptionalRef<PyFuture>("task awaited future");
        node.CallId = reader.Input.VarInt("host call id");
        node.Children = reader.Refs<PyFuture>("child future");
        node.Flag = reader.Input.Bool("future flag");
        if (node.Kind == FutureKind.Task && node.Coroutine is not { Kind: GeneratorKind.Coroutine })
            throw reader.Error("a task without a coroutine");
        if (node.Kind == FutureKind.WaitFor && node.Children.Length != 1) throw reader.Error("wait_for needs exactly one inner future");
        if (node.State == FutureState.Cancelled && node.Exception is null) throw reader.Error("a cancelled future without its CancelledError");
    }
}

internal sealed class FutureAwaiterCodec : NodeCodec<PyFutureAwaiter>
{
    protected override void Construction(PyFutureAwaiter node, RecordSink sink)
    {
        sink.Ref(node.Future);
        sink.Bool(node.Yielded);
    }

    protected override PyFutureAwaiter Construct(GraphReader reader) =>
        new(reader.Ref<PyFuture>("awaited future")) { Yielded = reader.Input.Bool("awaiter yielded") };
}

internal sealed class YieldOnceCodec : NodeCodec<PyYieldOnce>
{
    protected override void Construction(PyYieldOnce node, RecordSink sink) => sink.Bool(node.Yielded);

    protected override void Contents(PyYieldOnce node, RecordSink sink) => sink.Ref(node.Result);

    protected override PyYieldOnce Construct(GraphReader reader) => new(PySingleton.None) { Yielded = reader.Input.Bool("sleep(0) yielded") };

    protected override void Fill(PyYieldOnce node, GraphReader reader) => node.Result = reader.Ref<PyObject>("sleep(0) result");
}

internal sealed class AsyncGenASendCodec : NodeCodec<PyAsyncGenASend>
{
    protected override void Construction(PyAsyncGenASend node, RecordSink sink) => sink.Ref(node.Generator);

    protected override void Contents(PyAsyncGenASend node, RecordSink sink) => sink.Ref(node.Value);

    protected override PyAsyncGenASend Construct(GraphReader reader)
    {
        var generator = reader.Ref<PyGenerator>("async generator");
        if (generator.Kind != GeneratorKind.AsyncGenerator) throw reader.Error("asend over something that is not an async generator");
        return new PyAsyncGenASend(generator, PySingleton.None);
    }

    protected override void Fill(PyAsyncGenASend node, GraphReader reader) => node.Value = reader.Ref<PyObject>("asend value");
}

internal sealed class SchedulerCodec : NodeCodec<Scheduler>
{
    protected override void Construction(Scheduler node, RecordSink sink) { }

    protected override void Contents(Scheduler node, RecordSink sink)
    {
        sink.Int(node.Ready.Count);
        foreach (var step in node.Ready)
        {
            sink.Ref(step.Task);
            sink.Ref(step.Throw);
        }
        sink.Int(node.Timers.Count);
        foreach (var timer in node.Timers)
        {
            sink.Double(timer.When);
            sink.VarInt(timer.Sequence);
            sink.Ref(timer.Target);
            sink.Ref(timer.Result);
        }
        sink.Refs(node.Tasks);
        sink.Double(node.Now);
        sink.VarInt(node.NextTimerSequence);
        sink.VarInt(node.TaskCounter);
        sink.Bool(node.Running);
        sink.Ref(node.Current);
    }

    protected override Scheduler Construct(GraphReader reader) => new();

    protected override void Fill(Scheduler node, GraphReader reader)
    {
        var input = reader.Input;
        var ready = input.Count("ready step count", 2);
        for (var i = 0; i < ready; i++)
            node.Ready.Add(new ReadyStep(reader.Ref<PyFuture>("ready task"), reader.OptionalRef<PyBaseException>("ready throw")));
        var timers = input.Count("timer count", 10);
        for (var i = 0; i < timers; i++)
        {
            var when = input.Double("timer time");
            if (double.IsNaN(when)) throw reader.Error("a timer at NaN");
            node.Timers.Add(new VirtualTimer(when, input.VarInt("timer sequence"), reader.Ref<PyFuture>("timer target"), reader.OptionalRef<PyObject>("timer result")));
        }
        node.Tasks.AddRange(reader.Refs<PyFuture>("loop task"));
        node.Now = input.Double("loop time");
        node.NextTimerSequence = input.VarInt("next timer sequence");
        node.TaskCounter = input.VarInt("task counter");
        node.Running = input.Bool("loop running");
        node.Current = reader.OptionalRef<PyFuture>("current task");
        if (node.Ready.Any(s => s.Task.Kind != FutureKind.Task)) throw reader.Error("a ready step for a future that is not a task");
        for (var i = 1; i < node.Timers.Count; i++)
            if (node.Timers[i].When < node.Timers[i - 1].When) throw reader.Error("timers out of order");
    }
}
