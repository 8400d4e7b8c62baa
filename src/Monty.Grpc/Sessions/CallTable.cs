using System.Diagnostics;

namespace Monty.Grpc.Sessions;

/// <summary>The session's host calls by call id. Ids are issued by the server, never reused,
/// so a result can always be classified: pending, already answered, abandoned (its feed
/// ended first: a race, not misuse), or never issued.</summary>
internal sealed class CallTable
{
    /// <summary>Abandoned ids remembered; older ones are then reported as already answered.</summary>
    private const int AbandonedMemory = 1024;

    private readonly Dictionary<ulong, PendingCall> _pending = [];
    private readonly HashSet<ulong> _abandoned = [];
    private readonly Queue<ulong> _abandonedOrder = new();
    private ulong _next = 1;

    public int PendingCount => _pending.Count;

    /// <summary>The engine's call ids already sent to the client during the current feed (an answered
    /// call may still be listed by the engine until its answer's step runs: it must not go out twice).</summary>
    private readonly HashSet<long> _issuedEngineIds = [];

    public ulong Issue(string functionName, long deadline, long engineCallId)
    {
        var id = _next++;
        _pending.Add(id, new PendingCall(id, functionName, deadline, engineCallId));
        _issuedEngineIds.Add(engineCallId);
        return id;
    }

    public bool IsIssued(long engineCallId) => _issuedEngineIds.Contains(engineCallId);

    public CallLookup Take(ulong id, out PendingCall? call)
    {
        if (_pending.Remove(id, out call)) return CallLookup.Pending;
        if (_abandoned.Contains(id)) return CallLookup.Abandoned;
        return id > 0 && id < _next ? CallLookup.Answered : CallLookup.Unknown;
    }

    /// <summary>The feed ended while these calls were pending: late results are ignored.</summary>
    public void AbandonAll()
    {
        foreach (var id in _pending.Keys)
        {
            if (_abandonedOrder.Count == AbandonedMemory) _abandoned.Remove(_abandonedOrder.Dequeue());
            _abandoned.Add(id);
            _abandonedOrder.Enqueue(id);
        }
        _pending.Clear();
        _issuedEngineIds.Clear();
    }

    /// <summary>The pending call whose result is due first, if any.</summary>
    public PendingCall? Earliest()
    {
        PendingCall? earliest = null;
        foreach (var call in _pending.Values)
            if (earliest is null || call.Deadline < earliest.Deadline) earliest = call;
        return earliest;
    }
}

internal enum CallLookup { Pending, Answered, Abandoned, Unknown }

/// <summary>A call request the client has not answered; <see cref="Deadline"/> is a <see cref="Stopwatch"/> timestamp.</summary>
internal sealed record PendingCall(ulong CallId, string FunctionName, long Deadline, long EngineCallId);
