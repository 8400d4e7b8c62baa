using Monty.Engine.Limits;

namespace Monty.Engine.Snapshots;

/// <summary>The plain-data parts of a snapshot: header, session settings, limits and resource counters.</summary>
internal static class SettingsCodec
{
    public static void WriteHeader(SnapshotWriter w, SnapshotKind kind)
    {
        w.Raw(SnapshotFormat.Magic);
        w.UInt16(SnapshotFormat.Version);
        w.Byte((byte)kind);
        w.UInt64(PreludeCodeIndex.Fingerprint);
    }

    /// <summary>Returns the prelude fingerprint the snapshot was written with.</summary>
    public static ulong ReadHeader(SnapshotReader r, SnapshotKind expected)
    {
        if (r.Remaining < SnapshotFormat.Magic.Length || !r.Raw(SnapshotFormat.Magic.Length, "magic").SequenceEqual(SnapshotFormat.Magic))
            throw new MontySnapshotException("Not a Monty snapshot: the data does not start with MONTYSNP.");
        var version = r.UInt16("format version");
        if (version != SnapshotFormat.Version)
            throw new MontySnapshotException($"Unsupported snapshot format version {version}; this engine reads version {SnapshotFormat.Version}.");
        var kind = r.Byte("snapshot kind");
        if (kind != (byte)expected)
        {
            throw new MontySnapshotException(kind switch
            {
                (byte)SnapshotKind.Session => "The snapshot holds an idle session: load it with MontySession.Load.",
                (byte)SnapshotKind.Execution => "The snapshot holds a suspended execution: load it with MontyExecution.Load.",
                _ => $"Unknown snapshot kind {kind}.",
            });
        }
        return r.UInt64("prelude fingerprint");
    }

    public static void WriteSession(SnapshotWriter w, MontySession session)
    {
        w.String(session.ScriptName);
        w.VarUInt((ulong)session.HostFunctions.Count);
        foreach (var name in session.HostFunctions) w.String(name);
        WriteLimits(w, session.Limits);
    }

    public static (string ScriptName, string[] HostFunctions, ResourceLimits Limits) ReadSession(SnapshotReader r)
    {
        var scriptName = r.String("script name");
        var hostFunctions = new string[r.Count("host function count")];
        for (var i = 0; i < hostFunctions.Length; i++) hostFunctions[i] = r.String("host function name");
        return (scriptName, hostFunctions, ReadLimits(r));
    }

    private static void WriteLimits(SnapshotWriter w, ResourceLimits limits)
    {
        w.OptionalInt64(limits.MaxDuration?.Ticks);
        w.OptionalInt64(limits.MaxMemory);
        w.OptionalInt64(limits.MaxAllocations);
        w.VarInt(limits.MaxRecursionDepth);
        w.OptionalInt64(limits.MaxSuspensions);
        w.OptionalInt64(limits.MaxOutputBytes);
    }

    private static ResourceLimits ReadLimits(SnapshotReader r)
    {
        long? NonNegative(long? value, string what) =>
            value is < 0 ? throw r.Error($"{what} limit is negative") : value;
        var duration = NonNegative(r.OptionalInt64("time limit"), "time");
        var memory = NonNegative(r.OptionalInt64("memory limit"), "memory");
        var allocations = NonNegative(r.OptionalInt64("allocation limit"), "allocation");
        var recursion = r.SignedInt("recursion limit", 1);
        var suspensions = NonNegative(r.OptionalInt64("suspension limit"), "suspension");
        var output = NonNegative(r.OptionalInt64("output limit"), "output");
        return new ResourceLimits
        {
            MaxDuration = duration is { } ticks ? TimeSpan.FromTicks(ticks) : null,
            MaxMemory = memory,
            MaxAllocations = allocations,
            MaxRecursionDepth = recursion,
            MaxSuspensions = suspensions,
            MaxOutputBytes = output,
        };
    }

    public static void WriteUsage(SnapshotWriter w, ResourceTracker tracker)
    {
        w.VarInt(tracker.Elapsed.Ticks);
        w.VarInt(tracker.Instructions);
        w.VarInt(tracker.MemoryCharged);
        w.VarInt(tracker.PeakMemory);
        w.VarInt(tracker.Allocations);
        w.VarInt(tracker.Suspensions);
        w.VarInt(tracker.OutputBytes);
    }

    public static void ReadUsage(SnapshotReader r, ResourceTracker tracker)
    {
        long Counter(string what) => r.VarInt(what) is var v and >= 0 ? v : throw r.Error($"{what} is negative");
        tracker.RestoreElapsed(TimeSpan.FromTicks(Counter("elapsed time")));
        tracker.Instructions = Counter("instruction count");
        tracker.MemoryCharged = Counter("memory charged");
        tracker.RestorePeakMemory(Counter("peak memory"));
        tracker.Allocations = Counter("allocation count");
        tracker.Suspensions = Counter("suspension count");
        tracker.OutputBytes = Counter("output bytes");
    }
}
