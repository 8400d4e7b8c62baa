using System.Diagnostics;
using Google.Protobuf;
using Monty.Engine;
using Monty.Grpc.Telemetry;
using Monty.Protocol.V1;

namespace Monty.Grpc.Sessions;

/// <summary>The life of a feed: from its engine results to call requests and exactly one terminal message.</summary>
internal sealed partial class SessionLoop
{
    /// <summary>Longest exception message or formatted traceback sent; longer ones are cut so the
    /// terminal message always fits the response cap.</summary>
    private const int MaxErrorTextChars = 64 * 1024;

    private readonly CallTable _calls = new();
    private MontySession? _session;
    private SessionOutput? _output;
    private ActiveFeed? _feed;
    private ulong _feedCount;
    private TimeSpan _callTimeout;

    /// <summary>The feed between its arrival and its terminal message.</summary>
    private sealed class ActiveFeed(ulong id)
    {
        public ulong Id { get; } = id;

        public long Started { get; } = Stopwatch.GetTimestamp();

        /// <summary>Set once the engine has run it.</summary>
        public MontyExecution? Execution { get; set; }

        /// <summary>The engine is suspended and every pending call is with the client.</summary>
        public bool AwaitingClient { get; set; }
    }

    private ActiveFeed StartFeed()
    {
        _feed = new ActiveFeed(++_feedCount);
        return _feed;
    }

    /// <summary>Reports what an engine step left: a call request, or the terminal message.</summary>
    private void Settle(MontyExecution execution)
    {
        var feed = _feed!;
        feed.Execution = execution;
        switch (execution.Status)
        {
            case ExecutionStatus.CallPending:
                if (_clientClosed)
                {
                    AbortFeed(WireMessages.Failed("RuntimeError",
                        $"the script called host function '{execution.PendingCall!.FunctionName}' after the client closed its request stream",
                        FailureReason.ClientClosed, Limit.Unspecified));
                }
                else if (_services.Registry.GraceOver.IsCancellationRequested)
                {
                    AbortFeed(WireMessages.Failed("RuntimeError", "the server shut down before the feed finished",
                        FailureReason.ServerShutdown, Limit.Unspecified));
                }
                else
                {
                    // Async scripts have several calls outstanding; each goes out once, when it first appears.
                    foreach (var call in execution.PendingCalls)
                    {
                        if (_calls.IsIssued(call.CallId)) continue;
                        if (!RequestCall(call)) return;
                    }
                    feed.AwaitingClient = true;
                }
                break;
            case ExecutionStatus.Completed:
                {
                    var usage = WireMessages.Usage(execution.Usage, Stopwatch.GetElapsedTime(feed.Started));
                    var message = new SessionResponse
                    {
                        Completed = new Completed { Value = _services.Encoder.Encode(execution.Result!), Usage = usage, FeedId = feed.Id },
                    };
                    if (TooLarge(message, "the feed's result", out var failure))
                    {
                        AbortFeed(failure);
                        break;
                    }
                    _output!.Flush();
                    _writer.Send(message);
                    FinishFeed(feed, "completed", FailureReason.Unspecified, Limit.Unspecified, usage);
                    break;
                }
            default:
                {
                    var failed = WireMessages.Failed(execution.Error!);
                    Trim(failed);
                    failed.FeedId = feed.Id;
                    failed.Usage = WireMessages.Usage(execution.Usage, Stopwatch.GetElapsedTime(feed.Started));
                    _output!.Flush();
                    _writer.Send(new SessionResponse { Failed = failed });
                    FinishFeed(feed, "failed", failed.Reason, failed.Limit, failed.Usage);
                    break;
                }
        }
    }

    /// <summary>Sends a call request; false when the feed had to be aborted instead.</summary>
    private bool RequestCall(HostCall call)
    {
        var request = new CallRequest { FunctionName = call.FunctionName };
        foreach (var arg in call.Args) request.Args.Add(_services.Encoder.Encode(arg));
        foreach (var kv in call.Kwargs) request.Kwargs.Add(new NamedValue { Name = kv.Key, Value = _services.Encoder.Encode(kv.Value) });
        request.CallId = _calls.Issue(call.FunctionName, Stopwatch.GetTimestamp() + ToTicks(_callTimeout), call.CallId);
        var message = new SessionResponse { CallRequest = request };
        if (TooLarge(message, $"the arguments of the call to '{call.FunctionName}'", out var failure))
        {
            AbortFeed(failure);
            return false;
        }
        _output!.Flush();
        _writer.Send(message);
        _services.Metrics.Suspension();
        return true;
    }

    /// <summary>Ends the feed for a reason the server decides (cancel, timeout, shutdown...).
    /// Queued steps of the feed are dropped and its pending calls abandoned.</summary>
    private void AbortFeed(Failed failed)
    {
        var feed = _feed!;
        RemoveFeedSteps();
        _calls.AbandonAll();
        if (feed.Execution is { Status: ExecutionStatus.CallPending } suspended) _abandoned = suspended;
        failed.FeedId = feed.Id;
        failed.Usage = WireMessages.Usage(feed.Execution?.Usage, Stopwatch.GetElapsedTime(feed.Started));
        _output?.Flush();
        _writer.Send(new SessionResponse { Failed = failed });
        FinishFeed(feed, "failed", failed.Reason, failed.Limit, failed.Usage);
    }

    private void FinishFeed(ActiveFeed feed, string outcome, FailureReason reason, Limit limit, Usage usage)
    {
        // Calls an async script no longer waited for when it ended: their answers are late, not misuse.
        _calls.AbandonAll();
        _feed = null;
        _lastActivity = Stopwatch.GetTimestamp();
        var wall = Stopwatch.GetElapsedTime(feed.Started);
        _services.Metrics.FeedEnded(outcome, reason, limit, wall);
        Log.FeedEnded(_services.Logger, SessionId, feed.Id, outcome, reason.ToString(), wall.TotalMilliseconds, usage.Suspensions);
    }

    /// <summary>A message the client could not receive must not reach the writer (it would break the stream).</summary>
    private bool TooLarge(SessionResponse message, string what, out Failed failure)
    {
        var size = message.CalculateSize();
        var cap = _services.Options.MaxResponseBytes;
        if (size <= cap)
        {
            failure = null!;
            return false;
        }
        failure = WireMessages.Failed("OverflowError",
            $"{what} is {size} bytes encoded, more than the server's limit of {cap} bytes per message",
            FailureReason.LimitExceeded, Limit.MessageSize);
        return true;
    }

    private static void Trim(Failed failed)
    {
        if (failed.Message.Length > MaxErrorTextChars) failed.Message = Values.Utf16.Scrub(failed.Message[..MaxErrorTextChars]) + "... (truncated)";
        if (failed.FormattedTraceback.Length > MaxErrorTextChars)
            failed.FormattedTraceback = "... (truncated)\n" + Values.Utf16.Scrub(failed.FormattedTraceback[^MaxErrorTextChars..]);
        foreach (var frame in failed.Traceback)
            if (frame.HasSourceLine && frame.SourceLine.Length > 1000) frame.SourceLine = Values.Utf16.Scrub(frame.SourceLine[..1000]) + "...";
    }
}
