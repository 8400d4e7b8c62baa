using System.Numerics;
using Google.Protobuf;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Infrastructure;

/// <summary>Short constructors for wire values.</summary>
public static class Wire
{
    public static Value None => new() { NoneValue = new NoneValue() };

    public static Value Bool(bool b) => new() { BoolValue = b };

    public static Value Int(long i) => new() { IntValue = i };

    public static Value Big(BigInteger i) => new() { BigIntValue = i.ToString() };

    public static Value Float(double d) => new() { FloatValue = d };

    public static Value Str(string s) => new() { StrValue = s };

    public static Value Bytes(params byte[] b) => new() { BytesValue = ByteString.CopyFrom(b) };

    public static Value List(params Value[] items) => new() { ListValue = Items(items) };

    public static Value Tuple(params Value[] items) => new() { TupleValue = Items(items) };

    public static Value Set(params Value[] items) => new() { SetValue = Items(items) };

    public static Value FrozenSet(params Value[] items) => new() { FrozensetValue = Items(items) };

    public static Value Dict(params (Value Key, Value Value)[] entries)
    {
        var dict = new Dict();
        foreach (var (k, v) in entries) dict.Entries.Add(new DictEntry { Key = k, Value = v });
        return new Value { DictValue = dict };
    }

    /// <summary>A list nested <paramref name="depth"/> containers deep.</summary>
    public static Value Nested(int depth)
    {
        var value = Int(1);
        for (var i = 0; i < depth; i++) value = List(value);
        return value;
    }

    private static ValueList Items(Value[] items)
    {
        var list = new ValueList();
        list.Items.Add(items);
        return list;
    }
}
