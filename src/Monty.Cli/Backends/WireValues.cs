using System.Globalization;
using System.Numerics;
using Monty.Engine;
using Monty.Protocol.V1;

namespace Monty.Cli.Backends;

/// <summary>Protocol values as engine host values, so results from a server print with the same repr.</summary>
internal static class WireValues
{
    public static MontyValue ToMonty(Value value) => value.KindCase switch
    {
        Value.KindOneofCase.BoolValue => MontyValue.From(value.BoolValue),
        Value.KindOneofCase.IntValue => MontyValue.From(value.IntValue),
        Value.KindOneofCase.BigIntValue => MontyValue.From(BigInteger.Parse(value.BigIntValue, CultureInfo.InvariantCulture)),
        Value.KindOneofCase.FloatValue => MontyValue.From(value.FloatValue),
        Value.KindOneofCase.StrValue => MontyValue.From(value.StrValue),
        Value.KindOneofCase.BytesValue => new MontyBytes(value.BytesValue.ToByteArray()),
        Value.KindOneofCase.ListValue => new MontyList([.. value.ListValue.Items.Select(ToMonty)]),
        Value.KindOneofCase.TupleValue => new MontyTuple([.. value.TupleValue.Items.Select(ToMonty)]),
        Value.KindOneofCase.SetValue => new MontySet([.. value.SetValue.Items.Select(ToMonty)]),
        Value.KindOneofCase.FrozensetValue => new MontySet([.. value.FrozensetValue.Items.Select(ToMonty)], Frozen: true),
        Value.KindOneofCase.DictValue => new MontyDict([.. value.DictValue.Entries.Select(e => new KeyValuePair<MontyValue, MontyValue>(ToMonty(e.Key), ToMonty(e.Value)))]),
        Value.KindOneofCase.OpaqueValue => new MontyOpaque(value.OpaqueValue.TypeName, value.OpaqueValue.Repr),
        _ => MontyValue.None,
    };
}
