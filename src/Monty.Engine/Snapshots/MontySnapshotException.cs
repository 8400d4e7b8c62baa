namespace Monty.Engine;

/// <summary>Thrown when bytes given to <see cref="MontyExecution.Load"/> or <see cref="MontySession.Load"/>
/// are not a valid snapshot: wrong magic or version, truncated, or internally inconsistent.
/// Snapshots may come from clients, so every defect is reported this way, never as a crash.</summary>
public sealed class MontySnapshotException : Exception
{
    public MontySnapshotException(string message) : base(message) { }

    public MontySnapshotException(string message, Exception inner) : base(message, inner) { }
}
