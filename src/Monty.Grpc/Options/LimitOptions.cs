using Monty.Engine;

namespace Monty.Grpc.Options;

/// <summary>Engine limits as configuration; null means unlimited.</summary>
public sealed class LimitOptions
{
    public TimeSpan? MaxDuration { get; set; }

    public long? MaxMemoryBytes { get; set; }

    public long? MaxAllocations { get; set; }

    public int? MaxRecursionDepth { get; set; }

    public long? MaxSuspensions { get; set; }

    public long? MaxOutputBytes { get; set; }

    /// <summary>The engine's safe defaults plus a bound on host calls.</summary>
    public static LimitOptions CreateDefaults() => new()
    {
        MaxDuration = ResourceLimits.SafeDefaults.MaxDuration,
        MaxMemoryBytes = ResourceLimits.SafeDefaults.MaxMemory,
        MaxRecursionDepth = ResourceLimits.SafeDefaults.MaxRecursionDepth,
        MaxSuspensions = 100_000,
        MaxOutputBytes = ResourceLimits.SafeDefaults.MaxOutputBytes,
    };

    public static LimitOptions CreateMaximums() => new()
    {
        MaxDuration = TimeSpan.FromSeconds(30),
        MaxMemoryBytes = 1024L * 1024 * 1024,
        MaxRecursionDepth = 5000,
        MaxSuspensions = 10_000_000,
        MaxOutputBytes = 64L * 1024 * 1024,
    };
}
