using Monty.Protocol.V1;

namespace Monty.Client;

/// <summary>What happened while a feed ran, in order (see <see cref="MontySession.StreamAsync"/>).</summary>
public abstract record MontyEvent;

/// <summary>The script printed <paramref name="Text"/> (stdout or stderr).</summary>
public sealed record MontyOutputEvent(OutputStream Stream, string Text) : MontyEvent;

/// <summary>The script called a host function; the client runs it (results can be answered in any order).</summary>
public sealed record MontyCallEvent(ulong CallId, string FunctionName, IReadOnlyList<object?> Args, IReadOnlyDictionary<string, object?> Kwargs) : MontyEvent;

/// <summary>The feed completed; always the last event (a failure throws <see cref="MontyScriptException"/> instead).</summary>
public sealed record MontyCompletedEvent(MontyResult Result) : MontyEvent;
