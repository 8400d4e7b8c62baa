using System.Diagnostics.Metrics;
using Monty.Protocol.V1;

namespace Monty.Grpc.Telemetry;

/// <summary>The server's instruments (meter "Monty.Grpc"); export them with OpenTelemetry or
/// watch them with `dotnet-counters monitor -n Monty.Grpc --counters Monty.Grpc`.</summary>
internal sealed class MontyMetrics
{
    public const string MeterName = "Monty.Grpc";

    private readonly UpDownCounter<long> _activeSessions;
    private readonly Counter<long> _sessions;
    private readonly Counter<long> _rejectedSessions;
    private readonly UpDownCounter<long> _runningFeeds;
    private readonly UpDownCounter<long> _queuedFeeds;
    private readonly Counter<long> _feeds;
    private readonly Counter<long> _suspensions;
    private readonly Counter<long> _limitHits;
    private readonly Counter<long> _protocolErrors;
    private readonly Histogram<double> _feedDuration;

    public MontyMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _activeSessions = meter.CreateUpDownCounter<long>("monty.sessions.active", "{session}", "Open sessions.");
        _sessions = meter.CreateCounter<long>("monty.sessions.opened", "{session}", "Sessions accepted.");
        _rejectedSessions = meter.CreateCounter<long>("monty.sessions.rejected", "{session}", "Sessions refused (capacity, shutdown).");
        _runningFeeds = meter.CreateUpDownCounter<long>("monty.feeds.running", "{feed}", "Engine steps executing now.");
        _queuedFeeds = meter.CreateUpDownCounter<long>("monty.feeds.queued", "{feed}", "Engine steps waiting for a worker slot.");
        _feeds = meter.CreateCounter<long>("monty.feeds", "{feed}", "Feeds ended, by outcome.");
        _suspensions = meter.CreateCounter<long>("monty.suspensions", "{call}", "Host calls requested.");
        _limitHits = meter.CreateCounter<long>("monty.limit_hits", "{feed}", "Feeds stopped by a limit, by limit.");
        _protocolErrors = meter.CreateCounter<long>("monty.protocol_errors", "{session}", "Sessions ended by protocol misuse, by status code.");
        _feedDuration = meter.CreateHistogram<double>("monty.feed.duration", "s", "Feed latency: arrival to terminal message.");
    }

    public void SessionOpened()
    {
        _sessions.Add(1);
        _activeSessions.Add(1);
    }

    public void SessionClosed() => _activeSessions.Add(-1);

    public void SessionRejected(string reason) => _rejectedSessions.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void StepQueued(int delta) => _queuedFeeds.Add(delta);

    public void StepRunning(int delta) => _runningFeeds.Add(delta);

    public void Suspension() => _suspensions.Add(1);

    public void ProtocolError(global::Grpc.Core.StatusCode code) => _protocolErrors.Add(1, new KeyValuePair<string, object?>("code", code.ToString()));

    public void FeedEnded(string outcome, FailureReason reason, Limit limit, TimeSpan wall)
    {
        _feeds.Add(1, new KeyValuePair<string, object?>("outcome", outcome), new KeyValuePair<string, object?>("reason", reason.ToString()));
        if (limit != Limit.Unspecified) _limitHits.Add(1, new KeyValuePair<string, object?>("limit", limit.ToString()));
        _feedDuration.Record(wall.TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));
    }
}
