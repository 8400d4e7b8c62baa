using System.Collections;
using System.Numerics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Google.Protobuf;
using Monty.Protocol.V1;

namespace Monty.Client.Values;

/// <summary>.NET values to protocol values. Depth-bounded so a cyclic object graph fails cleanly.</summary>
internal static class ToWire
{
    private const int MaxDepth = 64;

    public static Value Convert(object? value) => Convert(value, 0);

    private static Value Convert(object? value, int depth)
    {
        if (depth > MaxDepth) throw new MontyConversionException($"value nests more than {MaxDepth} levels deep (a cycle?)");
        switch (value)
        {
            case null:
            case PyNone:
                return new Value { NoneValue = new NoneValue() };
            case Value wire:
                return wire;
            case bool b:
                return new Value { BoolValue = b };
            case sbyte or byte or short or ushort or int or uint or long:
                return new Value { IntValue = System.Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) };
            case ulong u:
                return u <= long.MaxValue ? new Value { IntValue = (long)u } : Big(u);
            case BigInteger big:
                return big >= long.MinValue && big <= long.MaxValue ? new Value { IntValue = (long)big } : Big(big);
            case Int128 or UInt128:
                return Convert(BigInteger.Parse(value.ToString()!, System.Globalization.CultureInfo.InvariantCulture), depth);
            case double d:
                return new Value { FloatValue = d };
            case float f:
                return new Value { FloatValue = f };
            case Half h:
                return new Value { FloatValue = (double)h };
            case decimal m:
                return new Value { FloatValue = (double)m };
            case string s:
                return new Value { StrValue = s };
            case char c:
                return new Value { StrValue = c.ToString() };
            case Enum e:
                return new Value { StrValue = e.ToString() };
            case byte[] bytes:
                return new Value { BytesValue = ByteString.CopyFrom(bytes) };
            case ReadOnlyMemory<byte> memory:
                return new Value { BytesValue = ByteString.CopyFrom(memory.Span) };
            case Memory<byte> memory:
                return new Value { BytesValue = ByteString.CopyFrom(memory.Span) };
            case JsonElement json:
                return Json(json, depth);
            case PyOpaque opaque:
                throw new MontyConversionException($"an opaque {opaque.TypeName} from the server cannot be sent back");
            case PyTuple tuple:
                return new Value { TupleValue = List(tuple, depth) };
            case ITuple tuple:
                return new Value { TupleValue = List(Enumerable.Range(0, tuple.Length).Select(i => tuple[i]), depth) };
            case IDictionary dict:
                return Dict(Entries(dict), depth);
        }
        var type = value.GetType();
        if (Generic(type, typeof(IReadOnlyDictionary<,>)) is not null || Generic(type, typeof(IDictionary<,>)) is not null)
            return Dict(((IEnumerable)value).Cast<object>().Select(Pair), depth);
        if (Generic(type, typeof(ISet<>)) is not null || Generic(type, typeof(IReadOnlySet<>)) is not null)
            return new Value { SetValue = List((IEnumerable)value, depth) };
        if (value is IEnumerable items) return new Value { ListValue = List(items, depth) };
        return Record(value, type, depth);
    }

    private static Value Big(object digits) => new() { BigIntValue = digits.ToString() };

    private static ValueList List(IEnumerable items, int depth)
    {
        var list = new ValueList();
        foreach (var item in items) list.Items.Add(Convert(item, depth + 1));
        return list;
    }

    private static Value Dict(IEnumerable<(object? Key, object? Value)> entries, int depth)
    {
        var dict = new Dict();
        foreach (var (key, item) in entries)
            dict.Entries.Add(new DictEntry { Key = Convert(key, depth + 1), Value = Convert(item, depth + 1) });
        return new Value { DictValue = dict };
    }

    /// <summary>Non-generic dictionary entries (its IEnumerable may yield KeyValuePairs instead).</summary>
    private static IEnumerable<(object? Key, object? Value)> Entries(IDictionary dict)
    {
        var entries = dict.GetEnumerator();
        while (entries.MoveNext()) yield return (entries.Key, entries.Value);
    }

    private static (object? Key, object? Value) Pair(object pair)
    {
        var type = pair.GetType();
        return (type.GetProperty("Key")!.GetValue(pair), type.GetProperty("Value")!.GetValue(pair));
    }

    /// <summary>Records and plain objects become dicts of their public properties, named the
    /// Python way (see <see cref="PythonNames"/>).</summary>
    private static Value Record(object value, Type type, int depth)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToArray();
        if (properties.Length == 0) throw new MontyConversionException($"cannot convert a {type.Name} to a Python value (it has no public properties)");
        return Dict(properties.Select(p => ((object?)PythonNames.Of(p), p.GetValue(value))), depth);
    }

    private static Value Json(JsonElement json, int depth) => json.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => new Value { NoneValue = new NoneValue() },
        JsonValueKind.True => new Value { BoolValue = true },
        JsonValueKind.False => new Value { BoolValue = false },
        JsonValueKind.String => new Value { StrValue = json.GetString() },
        JsonValueKind.Number => json.TryGetInt64(out var i) ? new Value { IntValue = i }
            : IsIntegral(json.GetRawText()) ? new Value { BigIntValue = json.GetRawText() }
            : new Value { FloatValue = json.GetDouble() },
        JsonValueKind.Array => new Value { ListValue = List(json.EnumerateArray().Select(e => (object)e), depth) },
        _ => Dict(json.EnumerateObject().Select(p => ((object?)p.Name, (object?)p.Value)), depth),
    };

    private static bool IsIntegral(string number) => number.All(c => char.IsAsciiDigit(c) || c == '-');

    internal static Type? Generic(Type type, Type definition)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == definition) return type;
        return type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
    }
}
