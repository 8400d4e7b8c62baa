using Monty.Protocol.V1;

namespace Monty.Client;

/// <summary>Limits of each feed. A null field asks for the server's default; the server clamps a
/// request to its maximum (<see cref="MontySession.Limits"/> says what applies).</summary>
public sealed record MontyLimits
{
    public TimeSpan? MaxDuration { get; init; }

    public ulong? MaxMemoryBytes { get; init; }

    public ulong? MaxAllocations { get; init; }

    public uint? MaxRecursionDepth { get; init; }

    public ulong? MaxSuspensions { get; init; }

    public ulong? MaxOutputBytes { get; init; }

    internal Limits ToWire()
    {
        var limits = new Limits();
        if (MaxDuration is { } d) limits.MaxDurationMs = (ulong)Math.Max(0, d.TotalMilliseconds);
        if (MaxMemoryBytes is { } m) limits.MaxMemoryBytes = m;
        if (MaxAllocations is { } a) limits.MaxAllocations = a;
        if (MaxRecursionDepth is { } r) limits.MaxRecursionDepth = r;
        if (MaxSuspensions is { } s) limits.MaxSuspensions = s;
        if (MaxOutputBytes is { } o) limits.MaxOutputBytes = o;
        return limits;
    }

    /// <summary>Limits as the server reports them (an unset field is unlimited, shown as null).</summary>
    internal static MontyLimits FromWire(Limits? limits) => limits is null ? new() : new()
    {
        MaxDuration = limits.HasMaxDurationMs ? TimeSpan.FromMilliseconds(limits.MaxDurationMs) : null,
        MaxMemoryBytes = limits.HasMaxMemoryBytes ? limits.MaxMemoryBytes : null,
        MaxAllocations = limits.HasMaxAllocations ? limits.MaxAllocations : null,
        MaxRecursionDepth = limits.HasMaxRecursionDepth ? limits.MaxRecursionDepth : null,
        MaxSuspensions = limits.HasMaxSuspensions ? limits.MaxSuspensions : null,
        MaxOutputBytes = limits.HasMaxOutputBytes ? limits.MaxOutputBytes : null,
    };
}
