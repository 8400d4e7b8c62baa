using Grpc.Core;
using Microsoft.Extensions.Logging;
using Monty.Engine;
using Monty.Protocol.V1;

namespace Monty.Grpc.Sessions;

/// <summary>Engine steps: work that runs Python (start a feed, resume it, dump, load). Steps
/// run one at a time, in arrival order, each holding a worker slot.</summary>
internal sealed partial class SessionLoop
{
    /// <summary>How often a cancelled feed is interrupted before the session gives up on it.</summary>
    private const int MaxDrainRounds = 100;

    private readonly Queue<Step> _steps = new();
    private Task? _slot;
    private bool _slotQueued;
    private CancellationTokenSource? _slotCancel;

    /// <summary>A feed that ended (cancel, timeout) while the engine was suspended in it. The engine
    /// runs one feed at a time, so it is interrupted to its end before the next step, with its output muted.</summary>
    private MontyExecution? _abandoned;

    /// <param name="ForFeed">Belongs to the active feed: dropped when the feed is cancelled.</param>
    private sealed record Step(bool ForFeed, Action Run);

    private void RequestSlotIfNeeded()
    {
        if (_slot is not null || _steps.Count == 0) return;
        if (_services.Runner.TryEnter())
        {
            _slot = Task.CompletedTask;
            return;
        }
        _slotCancel = new CancellationTokenSource();
        _slot = _services.Runner.EnterAsync(_slotCancel.Token);
        _slotQueued = true;
        _services.Metrics.StepQueued(1);
    }

    private void RunStep()
    {
        ForgetSlot();
        var step = _steps.Dequeue();
        _services.Metrics.StepRunning(1);
        try
        {
            DrainAbandoned();
            step.Run();
        }
        catch (RpcException)
        {
            throw;
        }
        catch (Exception e)
        {
            InternalError(e);
        }
        finally
        {
            _services.Runner.Exit();
            _services.Metrics.StepRunning(-1);
        }
    }

    /// <summary>Gives back the slot of a step that will not run (or stops waiting for it).</summary>
    private void ReleaseSlot()
    {
        if (_slot is not { } slot) return;
        if (slot.IsCompletedSuccessfully)
        {
            _services.Runner.Exit();
        }
        else
        {
            _slotCancel!.Cancel();
            // The wait may have won the race with the cancel: then the slot is ours to return.
            slot.ContinueWith(static (t, runner) => { if (t.IsCompletedSuccessfully) ((FeedRunner)runner!).Exit(); },
                _services.Runner, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
        ForgetSlot();
    }

    private void ForgetSlot()
    {
        _slot = null;
        _slotCancel?.Dispose();
        _slotCancel = null;
        if (!_slotQueued) return;
        _slotQueued = false;
        _services.Metrics.StepQueued(-1);
    }

    private void RemoveFeedSteps()
    {
        if (_steps.Count == 0) return;
        var headIsFeed = _steps.Peek().ForFeed;
        var keep = _steps.Where(s => !s.ForFeed).ToList();
        _steps.Clear();
        foreach (var s in keep) _steps.Enqueue(s);
        if (headIsFeed) ReleaseSlot();
    }

    private void DrainAbandoned()
    {
        if (_abandoned is not { } execution) return;
        _abandoned = null;
        _output!.Muted = true;
        try
        {
            for (var i = 0; i < MaxDrainRounds && execution.Status == ExecutionStatus.CallPending; i++)
                execution.ResumeWithException("KeyboardInterrupt", "the feed was cancelled");
        }
        finally
        {
            _output.Muted = false;
        }
        if (execution.Status == ExecutionStatus.CallPending)
        {
            throw ProtocolErrors.Aborted(
                $"the session could not stop its cancelled feed: the script caught KeyboardInterrupt {MaxDrainRounds} times and kept calling host functions");
        }
    }

    /// <summary>A bug in the server or engine: fail the feed (so it still gets its terminal message) and close the session.</summary>
    private void InternalError(Exception e)
    {
        Telemetry.Log.SessionCrashed(_services.Logger, SessionId, e);
        if (_feed is not null)
        {
            AbortFeed(WireMessages.Failed("SystemError", "internal server error; the session was closed",
                FailureReason.InternalError, Limit.Unspecified));
            _abandoned = null; // the engine state is suspect: never run it again
        }
        _end = new Status(StatusCode.Internal, "internal server error; the session was closed");
    }
}
