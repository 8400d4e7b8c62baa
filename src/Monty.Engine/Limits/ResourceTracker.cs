using System.Diagnostics;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Limits;

/// <summary>Accounts one execution's use of time, memory, allocations, suspensions and output
/// against its limits. Memory is charged as objects are created; when the charge passes the
/// budget the live heap is measured, so garbage does not count.</summary>
internal sealed class ResourceTracker(ResourceLimits limits)
{
    private readonly Stopwatch _clock = new();
    private long _deadlineTicks = limits.MaxDuration is { } d ? (long)(d.TotalSeconds * Stopwatch.Frequency) : long.MaxValue;

    public ResourceLimits Limits { get; } = limits;

    /// <summary>Bytes charged since the last measurement of the live heap, plus that measurement.</summary>
    public long MemoryCharged { get; set; }

    public long PeakMemory { get; private set; }

    public long Allocations { get; set; }

    public long Suspensions { get; set; }

    public long OutputBytes { get; set; }

    public long Instructions { get; set; }

    /// <summary>Measures live bytes reachable from the execution's roots; set by the VM.</summary>
    public Func<long>? MeasureLive { get; set; }

    /// <summary>Elapsed script time, excluding time suspended for the host.</summary>
    public TimeSpan Elapsed => _clock.Elapsed + _previous;

    private TimeSpan _previous;

    public void StartClock() => _clock.Start();

    public void StopClock() => _clock.Stop();

    /// <summary>Restores time already used (after loading a snapshot).</summary>
    public void RestoreElapsed(TimeSpan elapsed) => _previous = elapsed;

    /// <summary>Restores the peak memory measured before a snapshot was taken.</summary>
    public void RestorePeakMemory(long peak) => PeakMemory = peak;

    public void CheckTime()
    {
        if (_clock.ElapsedTicks + _previous.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond > _deadlineTicks)
            throw LimitError(ExceptionTypes.TimeoutError, "time", $"execution exceeded the time limit of {Limits.MaxDuration!.Value.TotalSeconds:0.###} s");
    }

    public void ChargeMemory(long bytes)
    {
        Allocations++;
        if (Limits.MaxAllocations is { } maxAlloc && Allocations > maxAlloc)
            throw LimitError(ExceptionTypes.MemoryError, "allocations", $"execution exceeded the allocation limit of {maxAlloc}");
        MemoryCharged += bytes;
        if (MemoryCharged > PeakMemory) PeakMemory = MemoryCharged;
        if (Limits.MaxMemory is not { } max || MemoryCharged <= max) return;
        if (MeasureLive is not null && bytes <= max)
        {
            MemoryCharged = MeasureLive() + bytes;
            PeakMemory = Math.Max(PeakMemory, MemoryCharged);
            if (MemoryCharged <= max) return;
        }
        throw LimitError(ExceptionTypes.MemoryError, "memory", $"execution exceeded the memory limit of {max} bytes");
    }

    public void ChargeOutput(long bytes)
    {
        OutputBytes += bytes;
        if (Limits.MaxOutputBytes is { } max && OutputBytes > max)
            throw LimitError(ExceptionTypes.MemoryError, "output", $"execution exceeded the output limit of {max} bytes");
    }

    public void CountSuspension()
    {
        Suspensions++;
        if (Limits.MaxSuspensions is { } max && Suspensions > max)
            throw LimitError(ExceptionTypes.RuntimeError, "suspensions", $"execution exceeded the limit of {max} host calls");
    }

    public static PyException LimitError(PyType type, string kind, string message)
    {
        var exc = PyErrors.Create(type, message);
        exc.LimitKind = kind;
        return new PyException(exc);
    }
}
