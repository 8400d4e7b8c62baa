namespace Monty.Client;

/// <summary>A session's state as bytes (namespace, host functions, limits, any suspended feed).
/// Treat it as sensitive as the code: it holds the script's globals.</summary>
public sealed record MontySnapshot(byte[] Data, bool FeedSuspended);

/// <summary>What a loaded snapshot restored. When <see cref="FeedSuspended"/>, call
/// <see cref="MontySession.ResumeAsync"/> to finish the restored feed.</summary>
public sealed record MontyLoaded(IReadOnlyList<string> HostFunctions, MontyLimits Limits, bool FeedSuspended, string ScriptName);
