using System.Globalization;
using System.Numerics;
using Grpc.Core;
using Monty.Engine;
using Monty.Grpc.Sessions;
using Monty.Protocol.V1;

namespace Monty.Grpc.Values;

/// <summary>Wire values from clients to engine values. Everything a client sends is checked
/// here: depth, hashability of keys, big int syntax, no opaque values. A bad value is
/// INVALID_ARGUMENT naming where it is, e.g. "feed.inputs['cfg'][2].key: unhashable type: 'list'".</summary>
internal sealed class ValueDecoder(int maxDepth)
{
    /// <summary>Python's own bound on int-from-string conversion (sys.get_int_max_str_digits);
    /// it also keeps BigInteger.Parse, which is quadratic, cheap.</summary>
    public const int MaxBigIntDigits = 4300;

    /// <exception cref="RpcException">INVALID_ARGUMENT when the value is malformed.</exception>
    public MontyValue Decode(Value? value, string path)
    {
        try
        {
            return Decode(value, 0, hashable: false);
        }
        catch (BadValue e)
        {
            throw ProtocolErrors.InvalidArgument($"{path}{e.Path}: {e.Reason}");
        }
    }

    private MontyValue Decode(Value? value, int depth, bool hashable)
    {
        if (value is null) throw new BadValue("missing value");
        switch (value.KindCase)
        {
            case Value.KindOneofCase.NoneValue:
                return MontyValue.None;
            case Value.KindOneofCase.BoolValue:
                return MontyValue.From(value.BoolValue);
            case Value.KindOneofCase.IntValue:
                return MontyValue.From(value.IntValue);
            case Value.KindOneofCase.BigIntValue:
                return new MontyInt(ParseBigInt(value.BigIntValue));
            case Value.KindOneofCase.FloatValue:
                return MontyValue.From(value.FloatValue);
            case Value.KindOneofCase.StrValue:
                return MontyValue.From(value.StrValue);
            case Value.KindOneofCase.BytesValue:
                return new MontyBytes(value.BytesValue.ToByteArray());
            case Value.KindOneofCase.OpaqueValue:
                throw new BadValue("opaque values cannot be sent to the server (they have no data form)");
            case Value.KindOneofCase.None:
                throw new BadValue("value has no kind set");
        }
        if (depth >= maxDepth) throw new BadValue($"values may nest at most {maxDepth} containers deep");
        switch (value.KindCase)
        {
            case Value.KindOneofCase.ListValue:
                if (hashable) throw new BadValue("unhashable type: 'list'");
                return new MontyList(Items(value.ListValue, depth, hashable: false));
            case Value.KindOneofCase.TupleValue:
                return new MontyTuple(Items(value.TupleValue, depth, hashable));
            case Value.KindOneofCase.SetValue:
                if (hashable) throw new BadValue("unhashable type: 'set'");
                return new MontySet(Items(value.SetValue, depth, hashable: true));
            case Value.KindOneofCase.FrozensetValue:
                return new MontySet(Items(value.FrozensetValue, depth, hashable: true), Frozen: true);
            case Value.KindOneofCase.DictValue:
                if (hashable) throw new BadValue("unhashable type: 'dict'");
                return Dict(value.DictValue, depth);
            default:
                throw new BadValue($"unknown value kind {(int)value.KindCase} (is the client newer than the server?)");
        }
    }

    private List<MontyValue> Items(ValueList list, int depth, bool hashable)
    {
        var items = new List<MontyValue>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            try
            {
                items.Add(Decode(list.Items[i], depth + 1, hashable));
            }
            catch (BadValue e)
            {
                throw e.At($"[{i}]");
            }
        }
        return items;
    }

    private MontyDict Dict(Protocol.V1.Dict dict, int depth)
    {
        var pairs = new List<KeyValuePair<MontyValue, MontyValue>>(dict.Entries.Count);
        for (var i = 0; i < dict.Entries.Count; i++)
        {
            var entry = dict.Entries[i];
            MontyValue key;
            try
            {
                key = Decode(entry.Key, depth + 1, hashable: true);
            }
            catch (BadValue e)
            {
                throw e.At($".entries[{i}].key");
            }
            try
            {
                pairs.Add(new(key, Decode(entry.Value, depth + 1, hashable: false)));
            }
            catch (BadValue e)
            {
                throw e.At($".entries[{i}].value");
            }
        }
        return new MontyDict(pairs);
    }

    private static BigInteger ParseBigInt(string digits)
    {
        var body = digits.StartsWith('-') ? digits.AsSpan(1) : digits.AsSpan();
        if (body.Length == 0 || body.ContainsAnyExceptInRange('0', '9'))
            throw new BadValue($"big_int_value must be base-10 digits with an optional '-' (got '{Truncate(digits)}')");
        if (body.Length > MaxBigIntDigits)
            throw new BadValue($"big_int_value has {body.Length} digits; the limit is {MaxBigIntDigits}");
        return BigInteger.Parse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "...";

    /// <summary>A malformed value; the path grows as the exception leaves nested containers.</summary>
    private sealed class BadValue(string reason) : Exception(reason)
    {
        public string Reason { get; } = reason;

        public string Path { get; private set; } = "";

        public BadValue At(string segment)
        {
            Path = segment + Path;
            return this;
        }
    }
}
