namespace Monty.Engine;

/// <summary>A call the script made to a host function; the execution waits for its result.</summary>
public sealed record HostCall(long CallId, string FunctionName, IReadOnlyList<MontyValue> Args, IReadOnlyList<KeyValuePair<string, MontyValue>> Kwargs);

/// <summary>Where printed text came from.</summary>
public enum OutputStream { Stdout, Stderr }

/// <summary>Receives a script's printed output as it is produced.</summary>
public interface IMontyOutput
{
    void Write(OutputStream stream, string text);
}

/// <summary>Resources an execution has used so far.</summary>
public sealed record ResourceUsage(TimeSpan Elapsed, long Instructions, long PeakMemoryBytes, long Allocations, long Suspensions, long OutputBytes);

public enum ExecutionStatus { CallPending, Completed, Failed }
