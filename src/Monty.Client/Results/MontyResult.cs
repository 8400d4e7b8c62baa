using Monty.Client.Values;
using Monty.Protocol.V1;

namespace Monty.Client;

/// <summary>A feed that completed: the value of its final expression statement (None otherwise).</summary>
public sealed class MontyResult(Completed completed)
{
    /// <summary>The result as the protocol carries it.</summary>
    public Value RawValue { get; } = completed.Value ?? new Value { NoneValue = new NoneValue() };

    /// <summary>The result in its natural .NET form (see <see cref="MontyValues.FromValue(Value)"/>).</summary>
    public object? Value => MontyValues.FromValue(RawValue);

    public Usage Usage { get; } = completed.Usage ?? new Usage();

    /// <summary>The feed's ordinal in the session, from 1.</summary>
    public ulong FeedId { get; } = completed.FeedId;

    /// <summary>The result as <typeparamref name="T"/>.</summary>
    public T? As<T>() => MontyValues.FromValue<T>(RawValue);
}
