using System.Diagnostics;
using Google.Protobuf;
using Google.Protobuf.Collections;
using Monty.Engine;
using Monty.Grpc.Options;
using Monty.Grpc.Telemetry;
using Monty.Protocol.V1;

namespace Monty.Grpc.Sessions;

/// <summary>Client requests: each is checked against the session's state; misuse throws the
/// RpcException that ends the stream.</summary>
internal sealed partial class SessionLoop
{
    public const int MaxHostFunctions = 1024;
    public const int MaxScriptNameLength = 256;
    public const int DefaultOutputBufferBytes = 8192;
    public const int MaxOutputBufferBytes = 1024 * 1024;

    /// <summary>Set from a Load request until its step runs: the session's contents are about to change.</summary>
    private bool _loadPending;

    private void Handle(SessionRequest request)
    {
        if (request.KindCase == SessionRequest.KindOneofCase.None)
            throw ProtocolErrors.InvalidArgument("empty request: set one of configure, feed, call_result, cancel, dump or load (an unknown kind means the client is newer than the server)");
        if (request.KindCase == SessionRequest.KindOneofCase.Configure)
        {
            OnConfigure(request.Configure);
            return;
        }
        if (_session is null)
            throw ProtocolErrors.FailedPrecondition($"the first message must be configure (got {Describe(request.KindCase)})");
        switch (request.KindCase)
        {
            case SessionRequest.KindOneofCase.Feed:
                OnFeed(request.Feed);
                break;
            case SessionRequest.KindOneofCase.CallResult:
                OnCallResult(request.CallResult);
                break;
            case SessionRequest.KindOneofCase.Cancel:
                OnCancel();
                break;
            case SessionRequest.KindOneofCase.Dump:
                OnDump();
                break;
            case SessionRequest.KindOneofCase.Load:
                OnLoad(request.Load);
                break;
        }
    }

    private void OnConfigure(Configure configure)
    {
        if (_session is not null)
            throw ProtocolErrors.FailedPrecondition("the session is already configured; open a new stream for other settings");
        var scriptName = configure.ScriptName.Length == 0 ? "main.py" : configure.ScriptName;
        if (scriptName.Length > MaxScriptNameLength || scriptName.AsSpan().IndexOfAny('\r', '\n') >= 0)
            throw ProtocolErrors.InvalidArgument($"configure.script_name must be one line of at most {MaxScriptNameLength} characters");
        var hostFunctions = HostFunctionNames(configure.HostFunctions);
        var limits = _services.Limits.Resolve(configure.Limits);
        var options = configure.Options ?? new Protocol.V1.SessionOptions();

        _callTimeout = _services.Options.CallResultTimeout;
        if (options.HasCallResultTimeoutMs)
        {
            if (options.CallResultTimeoutMs == 0) throw ProtocolErrors.InvalidArgument("configure.options.call_result_timeout_ms must be positive");
            var requested = TimeSpan.FromMilliseconds(Math.Min(options.CallResultTimeoutMs, (ulong)int.MaxValue));
            if (requested < _callTimeout) _callTimeout = requested;
        }
        var mode = options.OutputMode == OutputMode.Unspecified ? OutputMode.Streamed : options.OutputMode;
        if (!Enum.IsDefined(mode)) throw ProtocolErrors.InvalidArgument($"configure.options.output_mode {(int)mode} is unknown");
        var bufferBytes = options.OutputBufferBytes == 0 ? DefaultOutputBufferBytes : (int)Math.Min(options.OutputBufferBytes, MaxOutputBufferBytes);

        _output = new SessionOutput(_writer, mode, bufferBytes);
        _session = new MontySession(hostFunctions, limits, _output, scriptName, _services.Options.Grants.ToEngineGrants());
        _writer.Send(new SessionResponse
        {
            Configured = new Configured
            {
                SessionId = SessionId,
                Limits = LimitPolicy.ToProto(limits),
                CallResultTimeoutMs = (ulong)_callTimeout.TotalMilliseconds,
                MaxValueDepth = (uint)_services.Options.MaxValueDepth,
                MaxRequestBytes = (ulong)_services.Options.MaxRequestBytes,
                ServerVersion = SessionServices.Version,
            },
        });
        Log.SessionConfigured(_services.Logger, SessionId, hostFunctions.Count, scriptName);
    }

    private static List<string> HostFunctionNames(RepeatedField<string> names)
    {
        if (names.Count > MaxHostFunctions)
            throw ProtocolErrors.InvalidArgument($"configure.host_functions has {names.Count} names; the limit is {MaxHostFunctions}");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (PythonNames.Problem(names[i]) is { } problem)
                throw ProtocolErrors.InvalidArgument($"configure.host_functions[{i}] '{Shorten(names[i])}' {problem}");
            if (!seen.Add(names[i]))
                throw ProtocolErrors.InvalidArgument($"configure.host_functions[{i}] '{names[i]}' is listed twice");
        }
        return [.. names];
    }

    private void OnFeed(Feed feed)
    {
        if (_feed is not null)
            throw ProtocolErrors.FailedPrecondition($"feed {_feed.Id} is still running: wait for its completed or failed message (or send cancel) before feeding more code");
        if (_loadPending)
            throw ProtocolErrors.FailedPrecondition("a load is in progress: wait for its loaded message before feeding code");
        if (_stopping)
            throw ProtocolErrors.Unavailable("the server is shutting down and accepts no new feeds");
        var inputs = DecodeInputs(feed.Inputs);
        var code = feed.Code;
        StartFeed();
        _steps.Enqueue(new Step(ForFeed: true, () => Settle(_session!.Feed(code, inputs))));
    }

    private Dictionary<string, MontyValue>? DecodeInputs(MapField<string, Value> inputs)
    {
        if (inputs.Count == 0) return null;
        var decoded = new Dictionary<string, MontyValue>(inputs.Count, StringComparer.Ordinal);
        foreach (var (name, value) in inputs)
        {
            if (PythonNames.Problem(name) is { } problem)
                throw ProtocolErrors.InvalidArgument($"feed.inputs key '{Shorten(name)}' {problem}");
            decoded[name] = _services.Decoder.Decode(value, $"feed.inputs['{name}']");
        }
        return decoded;
    }

    private void OnCallResult(CallResult result)
    {
        var id = result.CallId;
        switch (_calls.Take(id, out var call))
        {
            case CallLookup.Unknown:
                throw ProtocolErrors.InvalidArgument($"call_result.call_id {id} was never issued in this session");
            case CallLookup.Answered:
                throw ProtocolErrors.FailedPrecondition($"call {id} was already answered");
            case CallLookup.Abandoned:
                return; // Its feed ended (cancel, timeout) while the answer was on its way.
        }
        var execution = _feed!.Execution!;
        var engineId = call!.EngineCallId;
        Action resume;
        switch (result.OutcomeCase)
        {
            case CallResult.OutcomeOneofCase.Value:
                var value = _services.Decoder.Decode(result.Value, $"call_result(call_id={id}).value");
                resume = () => { if (StillPending(execution, engineId)) Settle(execution.Resume(engineId, value)); };
                break;
            case CallResult.OutcomeOneofCase.Error:
                var error = result.Error;
                var type = error.ExceptionType.Length == 0 ? "RuntimeError" : error.ExceptionType;
                var message = error.Message;
                resume = () => { if (StillPending(execution, engineId)) Settle(execution.ResumeWithException(engineId, type, message)); };
                break;
            default:
                throw ProtocolErrors.InvalidArgument($"call_result for call {id} has neither value nor error");
        }
        _feed.AwaitingClient = false;
        _steps.Enqueue(new Step(ForFeed: true, resume));
    }

    /// <summary>Answers queued behind another may find their feed finished (an async script need
    /// not wait for every call): those are dropped.</summary>
    private bool StillPending(MontyExecution execution, long engineCallId) =>
        ReferenceEquals(_feed?.Execution, execution) && execution.Status == ExecutionStatus.CallPending
            && execution.PendingCalls.Any(c => c.CallId == engineCallId);

    private void OnCancel()
    {
        if (_feed is null) return; // The feed ended while the cancel was on its way.
        AbortFeed(WireMessages.Failed("KeyboardInterrupt", "the feed was cancelled by the client", FailureReason.Cancelled, Limit.Unspecified));
    }

    private void OnDump()
    {
        if (_loadPending)
            throw ProtocolErrors.FailedPrecondition("a load is in progress: wait for its loaded message before asking for a dump");
        if (_feed is { AwaitingClient: false })
            throw ProtocolErrors.FailedPrecondition($"feed {_feed.Id} is running: dump is accepted between feeds or while a feed waits for host calls");
        var suspended = _feed?.Execution;
        _steps.Enqueue(new Step(ForFeed: false, () =>
        {
            // The feed may have moved on (cancelled) since the request: dump what is there now.
            var current = _feed is { AwaitingClient: true } f && f.Execution == suspended ? suspended : null;
            var data = _services.Snapshots.Dump(_session!, current);
            var message = new SessionResponse
            {
                Snapshot = new Snapshot { Data = UnsafeByteOperations.UnsafeWrap(data), FeedSuspended = current is not null },
            };
            if (message.CalculateSize() > _services.Options.MaxResponseBytes)
                throw ProtocolErrors.ResourceExhausted($"the snapshot is {data.Length} bytes, more than the server's limit of {_services.Options.MaxResponseBytes} bytes per message");
            _writer.Send(message);
        }));
    }

    private void OnLoad(Load load)
    {
        if (_feed is not null)
            throw ProtocolErrors.FailedPrecondition($"feed {_feed.Id} is running: load is accepted between feeds");
        if (_loadPending)
            throw ProtocolErrors.FailedPrecondition("a load is already in progress: wait for its loaded message");
        if (_stopping)
            throw ProtocolErrors.Unavailable("the server is shutting down and accepts no new loads");
        var data = load.Snapshot.ToByteArray();
        _loadPending = true;
        _steps.Enqueue(new Step(ForFeed: false, () =>
        {
            _loadPending = false;
            var restored = _services.Snapshots.Load(data, _output!);
            if (!_services.Limits.Allows(restored.Session.Limits))
                throw ProtocolErrors.FailedPrecondition("load.snapshot: its limits exceed this server's maximum limits");
            _session = restored.Session;
            // Grants belong to this server, never to the snapshot.
            _session.Grants = _services.Options.Grants.ToEngineGrants();
            _abandoned = null;
            var loaded = new Loaded
            {
                Limits = LimitPolicy.ToProto(restored.Session.Limits),
                FeedSuspended = restored.Suspended is not null,
                ScriptName = restored.Session.ScriptName,
            };
            loaded.HostFunctions.AddRange(restored.Session.HostFunctions);
            _writer.Send(new SessionResponse { Loaded = loaded });
            if (restored.Suspended is { } execution)
            {
                StartFeed();
                Settle(execution);
            }
        }));
    }

    private static string Describe(SessionRequest.KindOneofCase kind) => kind switch
    {
        SessionRequest.KindOneofCase.Feed => "feed",
        SessionRequest.KindOneofCase.CallResult => "call_result",
        SessionRequest.KindOneofCase.Cancel => "cancel",
        SessionRequest.KindOneofCase.Dump => "dump",
        SessionRequest.KindOneofCase.Load => "load",
        _ => kind.ToString(),
    };

    private static string Shorten(string s) => s.Length <= 64 ? s : s[..64] + "...";
}
