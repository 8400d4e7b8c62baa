using System.Numerics;

namespace Monty.Engine;

/// <summary>A Python value crossing the boundary between the engine and its host: plain,
/// immutable data with no references into the engine.</summary>
public abstract record MontyValue
{
    public static readonly MontyValue None = new MontyNone();
    public static readonly MontyValue True = new MontyBool(true);
    public static readonly MontyValue False = new MontyBool(false);

    public static MontyValue From(long value) => new MontyInt(value);

    public static MontyValue From(BigInteger value) => new MontyInt(value);

    public static MontyValue From(double value) => new MontyFloat(value);

    public static MontyValue From(string value) => new MontyStr(value);

    public static MontyValue From(bool value) => value ? True : False;
}

public sealed record MontyNone : MontyValue
{
    public override string ToString() => "None";
}

public sealed record MontyBool(bool Value) : MontyValue;

/// <summary>An int of any size.</summary>
public sealed record MontyInt(BigInteger Value) : MontyValue;

public sealed record MontyFloat(double Value) : MontyValue;

public sealed record MontyStr(string Value) : MontyValue;

public sealed record MontyBytes(byte[] Value) : MontyValue
{
    public bool Equals(MontyBytes? other) => other is not null && Value.AsSpan().SequenceEqual(other.Value);

    public override int GetHashCode() => Value.Length;
}

public sealed record MontyList(IReadOnlyList<MontyValue> Items) : MontyValue
{
    public bool Equals(MontyList? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Count;
}

public sealed record MontyTuple(IReadOnlyList<MontyValue> Items) : MontyValue
{
    public bool Equals(MontyTuple? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Count;
}

/// <summary>A dict as ordered key/value pairs (keys may be any hashable value).</summary>
public sealed record MontyDict(IReadOnlyList<KeyValuePair<MontyValue, MontyValue>> Items) : MontyValue
{
    public bool Equals(MontyDict? other) => other is not null && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Count;
}

public sealed record MontySet(IReadOnlyList<MontyValue> Items, bool Frozen = false) : MontyValue
{
    public bool Equals(MontySet? other) => other is not null && Frozen == other.Frozen && Items.SequenceEqual(other.Items);

    public override int GetHashCode() => Items.Count;
}

/// <summary>A value with no data form (a function, a generator...): its type name and repr.</summary>
public sealed record MontyOpaque(string TypeName, string Repr) : MontyValue;
