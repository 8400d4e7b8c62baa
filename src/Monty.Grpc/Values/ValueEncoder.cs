using System.Globalization;
using System.Numerics;
using Google.Protobuf;
using Monty.Engine;
using Monty.Protocol.V1;

namespace Monty.Grpc.Values;

/// <summary>Engine values to wire values. Containers nested past the depth limit become an
/// Opaque "...", so every message the server sends parses in clients with protobuf's default
/// recursion limit.</summary>
internal sealed class ValueEncoder(int maxDepth)
{
    private static readonly NoneValue NoneInstance = new();
    private static readonly BigInteger MinLong = long.MinValue;
    private static readonly BigInteger MaxLong = long.MaxValue;

    public Value Encode(MontyValue value) => Encode(value, 0);

    private Value Encode(MontyValue value, int depth)
    {
        switch (value)
        {
            case MontyNone:
                return new Value { NoneValue = NoneInstance };
            case MontyBool b:
                return new Value { BoolValue = b.Value };
            case MontyInt i:
                return i.Value >= MinLong && i.Value <= MaxLong
                    ? new Value { IntValue = (long)i.Value }
                    : new Value { BigIntValue = i.Value.ToString(CultureInfo.InvariantCulture) };
            case MontyFloat f:
                return new Value { FloatValue = f.Value };
            case MontyStr s:
                return new Value { StrValue = Utf16.Scrub(s.Value) };
            case MontyBytes b:
                // MontyBytes owns a private copy of the engine's bytes: wrapping it avoids a second copy.
                return new Value { BytesValue = UnsafeByteOperations.UnsafeWrap(b.Value) };
            case MontyOpaque o:
                return Opaque(o.TypeName, Utf16.Scrub(o.Repr));
        }
        if (depth >= maxDepth) return Opaque(TypeName(value), "...");
        switch (value)
        {
            case MontyList l:
                return new Value { ListValue = List(l.Items, depth) };
            case MontyTuple t:
                return new Value { TupleValue = List(t.Items, depth) };
            case MontySet { Frozen: true } s:
                return new Value { FrozensetValue = List(s.Items, depth) };
            case MontySet s:
                return new Value { SetValue = List(s.Items, depth) };
            case MontyDict d:
                {
                    var dict = new Dict();
                    foreach (var kv in d.Items) dict.Entries.Add(new DictEntry { Key = Encode(kv.Key, depth + 1), Value = Encode(kv.Value, depth + 1) });
                    return new Value { DictValue = dict };
                }
            default:
                return Opaque(value.GetType().Name, value.ToString() ?? "");
        }
    }

    private ValueList List(IReadOnlyList<MontyValue> items, int depth)
    {
        var list = new ValueList();
        foreach (var item in items) list.Items.Add(Encode(item, depth + 1));
        return list;
    }

    private static Value Opaque(string typeName, string repr) => new() { OpaqueValue = new Opaque { TypeName = typeName, Repr = repr } };

    private static string TypeName(MontyValue value) => value switch
    {
        MontyList => "list",
        MontyTuple => "tuple",
        MontyDict => "dict",
        MontySet { Frozen: true } => "frozenset",
        MontySet => "set",
        _ => value.GetType().Name,
    };
}
