namespace Monty.Engine;

/// <summary>Hard limits for one execution. Null means unlimited (except recursion, which always has a bound).</summary>
public sealed record ResourceLimits
{
    /// <summary>CPU time the script may run; the clock stops while it waits for the host.</summary>
    public TimeSpan? MaxDuration { get; init; }

    /// <summary>Bytes of live objects the script may hold, as the engine accounts them.</summary>
    public long? MaxMemory { get; init; }

    /// <summary>Number of sized allocations (containers, strings, big ints) the script may make.</summary>
    public long? MaxAllocations { get; init; }

    /// <summary>Maximum Python call depth (CPython's default is 1000).</summary>
    public int MaxRecursionDepth { get; init; } = 1000;

    /// <summary>How many times the script may suspend for a host call.</summary>
    public long? MaxSuspensions { get; init; }

    /// <summary>Bytes (UTF-8) the script may print.</summary>
    public long? MaxOutputBytes { get; init; }

    /// <summary>Defaults for untrusted code: 5 s, 256 MiB, depth 1000, 10 MiB output.</summary>
    public static ResourceLimits SafeDefaults { get; } = new()
    {
        MaxDuration = TimeSpan.FromSeconds(5),
        MaxMemory = 256L * 1024 * 1024,
        MaxOutputBytes = 10L * 1024 * 1024,
    };

    public static ResourceLimits Unlimited { get; } = new();
}
