using Monty.Protocol.V1;

namespace Monty.Client.Values;

/// <summary>Conversions between .NET values and protocol values, the same the client applies to
/// inputs, host function arguments and results.</summary>
public static class MontyValues
{
    /// <summary>null, bool, integers, BigInteger, floating point, string, char, enums (by name),
    /// byte[], tuples, dictionaries, sets, other sequences (as lists), JsonElement, and records or
    /// plain objects (as dicts of their public properties, named in snake_case).</summary>
    /// <exception cref="MontyConversionException">The value has no Python form.</exception>
    public static Value ToValue(object? value) => ToWire.Convert(value);

    /// <summary>The natural .NET form: None → null, int → long or BigInteger, float → double,
    /// list → List&lt;object?&gt;, tuple → <see cref="PyTuple"/>, dict → Dictionary&lt;object, object?&gt;,
    /// set → HashSet&lt;object&gt;, anything else → <see cref="PyOpaque"/>.</summary>
    public static object? FromValue(Value value) => FromWire.Natural(value);

    /// <summary>The value as <typeparamref name="T"/> (numbers, strings, arrays, lists, dictionaries,
    /// sets, value tuples, records from dicts...).</summary>
    /// <exception cref="MontyConversionException">The value does not fit the type.</exception>
    public static T? FromValue<T>(Value value) => FromWire.Convert<T>(value);

    /// <inheritdoc cref="FromValue{T}(Value)"/>
    public static object? FromValue(Value value, Type type) => FromWire.Convert(value, type);
}
