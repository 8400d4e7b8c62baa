using Monty.Engine;
using Monty.Protocol.V1;

namespace Monty.Grpc.Options;

/// <summary>Turns the limits a client asks for into the engine limits that apply: unset fields
/// take the server's default, set fields are clamped to the server's maximum.</summary>
internal sealed class LimitPolicy(LimitOptions defaults, LimitOptions max)
{
    public ResourceLimits Resolve(Limits? requested)
    {
        var r = requested ?? new Limits();
        return new ResourceLimits
        {
            MaxDuration = Clamp(r.HasMaxDurationMs ? TimeSpan.FromMilliseconds(Math.Min(r.MaxDurationMs, (ulong)TimeSpan.MaxValue.TotalMilliseconds - 1)) : defaults.MaxDuration, max.MaxDuration),
            MaxMemory = Clamp(r.HasMaxMemoryBytes ? Saturate(r.MaxMemoryBytes) : defaults.MaxMemoryBytes, max.MaxMemoryBytes),
            MaxAllocations = Clamp(r.HasMaxAllocations ? Saturate(r.MaxAllocations) : defaults.MaxAllocations, max.MaxAllocations),
            MaxRecursionDepth = (int)Clamp(r.HasMaxRecursionDepth ? Math.Max(1, r.MaxRecursionDepth) : defaults.MaxRecursionDepth!.Value, max.MaxRecursionDepth)!.Value,
            MaxSuspensions = Clamp(r.HasMaxSuspensions ? Saturate(r.MaxSuspensions) : defaults.MaxSuspensions, max.MaxSuspensions),
            MaxOutputBytes = Clamp(r.HasMaxOutputBytes ? Saturate(r.MaxOutputBytes) : defaults.MaxOutputBytes, max.MaxOutputBytes),
        };
    }

    /// <summary>True when every limit is within the server's maximum (used for loaded snapshots,
    /// whose limits come from the client's bytes).</summary>
    public bool Allows(ResourceLimits limits) =>
        Within(limits.MaxDuration?.Ticks, max.MaxDuration?.Ticks)
        && Within(limits.MaxMemory, max.MaxMemoryBytes)
        && Within(limits.MaxAllocations, max.MaxAllocations)
        && Within(limits.MaxRecursionDepth, max.MaxRecursionDepth)
        && Within(limits.MaxSuspensions, max.MaxSuspensions)
        && Within(limits.MaxOutputBytes, max.MaxOutputBytes);

    public static Limits ToProto(ResourceLimits l)
    {
        var p = new Limits { MaxRecursionDepth = (uint)l.MaxRecursionDepth };
        if (l.MaxDuration is { } d) p.MaxDurationMs = (ulong)d.TotalMilliseconds;
        if (l.MaxMemory is { } m) p.MaxMemoryBytes = (ulong)m;
        if (l.MaxAllocations is { } a) p.MaxAllocations = (ulong)a;
        if (l.MaxSuspensions is { } s) p.MaxSuspensions = (ulong)s;
        if (l.MaxOutputBytes is { } o) p.MaxOutputBytes = (ulong)o;
        return p;
    }

    private static long Saturate(ulong v) => v > long.MaxValue ? long.MaxValue : (long)v;

    private static long? Clamp(long? value, long? max) => max is null ? value : value is null ? max : Math.Min(value.Value, max.Value);

    private static TimeSpan? Clamp(TimeSpan? value, TimeSpan? max) => max is null ? value : value is null ? max : value < max ? value : max;

    private static bool Within(long? value, long? max) => max is null || (value is not null && value <= max);
}
