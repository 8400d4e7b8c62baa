using System.Numerics;
using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Values;

[Collection(SharedServer.Name)]
public sealed class ValueRoundTripTests(ServerFixture fixture)
{
    private TestHost Host => fixture.Host;

    private async Task<Value> EvalAsync(string code, IDictionary<string, Value>? inputs = null)
    {
        using var session = Host.Open();
        await session.ConfigureAsync();
        return (await session.RunAsync(code, inputs: inputs)).Value;
    }

    [Fact]
    public async Task ScalarsKeepTheirPythonTypes()
    {
        var v = await EvalAsync("[None, True, 7, -2**63, 2**64, 1.5, float('inf'), 'é😀', b'\\x00\\xff']");
        var items = v.ListValue.Items;
        Assert.Equal(Value.KindOneofCase.NoneValue, items[0].KindCase);
        Assert.True(items[1].BoolValue);
        Assert.Equal(7, items[2].IntValue);
        Assert.Equal(long.MinValue, items[3].IntValue);
        Assert.Equal("18446744073709551616", items[4].BigIntValue);
        Assert.Equal(1.5, items[5].FloatValue);
        Assert.True(double.IsPositiveInfinity(items[6].FloatValue));
        Assert.Equal("é😀", items[7].StrValue);
        Assert.Equal(new byte[] { 0, 255 }, items[8].BytesValue.ToByteArray());
    }

    [Fact]
    public async Task ContainersKeepTheirKinds()
    {
        var v = await EvalAsync("{'t': (1, 2), 's': {3}, 'f': frozenset({4}), (1, 'k'): [{}]}");
        var entries = v.DictValue.Entries;
        Assert.Equal(["t", "s", "f"], entries.Take(3).Select(e => e.Key.StrValue));
        Assert.Equal(Value.KindOneofCase.TupleValue, entries[0].Value.KindCase);
        Assert.Equal(Value.KindOneofCase.SetValue, entries[1].Value.KindCase);
        Assert.Equal(Value.KindOneofCase.FrozensetValue, entries[2].Value.KindCase);
        Assert.Equal(Value.KindOneofCase.TupleValue, entries[3].Key.KindCase);
        Assert.Equal(Value.KindOneofCase.DictValue, entries[3].Value.ListValue.Items[0].KindCase);
    }

    [Fact]
    public async Task ObjectsWithoutDataFormAreOpaque()
    {
        var v = await EvalAsync("def f():\n    pass\nf");
        Assert.Equal("function", v.OpaqueValue.TypeName);
        Assert.StartsWith("<function f", v.OpaqueValue.Repr);
    }

    [Fact]
    public async Task LoneSurrogatesArriveAsReplacementCharacters()
    {
        var v = await EvalAsync("'a\\ud800b'");
        Assert.Equal("a\uFFFDb", v.StrValue);
    }

    [Fact]
    public async Task ClientValuesArriveIntact()
    {
        var inputs = new Dictionary<string, Value>
        {
            ["big"] = Wire.Big(BigInteger.Pow(10, 40)),
            ["small_big"] = Wire.Big(-5),
            ["d"] = Wire.Dict((Wire.Tuple(Wire.Int(1), Wire.Str("a")), Wire.Bytes(1, 2)), (Wire.FrozenSet(Wire.Int(1)), Wire.None)),
            ["s"] = Wire.Set(Wire.Int(1), Wire.Int(1), Wire.Float(2.5)),
            ["dup"] = Wire.Dict((Wire.Int(1), Wire.Str("int")), (Wire.Bool(true), Wire.Str("bool"))),
        };
        var v = await EvalAsync("[big + 1, small_big * 2, type(list(d)[0]).__name__, d[(1, 'a')], sorted(s), len(dup), dup[1]]", inputs);
        var items = v.ListValue.Items;
        Assert.Equal((BigInteger.Pow(10, 40) + 1).ToString(), items[0].BigIntValue);
        Assert.Equal(-10, items[1].IntValue);
        Assert.Equal("tuple", items[2].StrValue);
        Assert.Equal(new byte[] { 1, 2 }, items[3].BytesValue.ToByteArray());
        Assert.Equal([1.0, 2.5], items[4].ListValue.Items.Select(i => i.KindCase == Value.KindOneofCase.IntValue ? i.IntValue : i.FloatValue));
        Assert.Equal(1, items[5].IntValue);
        Assert.Equal("bool", items[6].StrValue);
    }

    [Fact]
    public async Task ResultsNestedPastTheDepthLimitAreCut()
    {
        var v = await EvalAsync("x = 1\nfor _ in range(40):\n    x = [x]\nx");
        var depth = 0;
        while (v.KindCase == Value.KindOneofCase.ListValue)
        {
            v = v.ListValue.Items[0];
            depth++;
        }
        Assert.Equal(32, depth);
        Assert.Equal("list", v.OpaqueValue.TypeName);
        Assert.Equal("...", v.OpaqueValue.Repr);
    }
}
