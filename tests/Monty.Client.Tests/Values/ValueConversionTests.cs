using System.Numerics;
using Monty.Client.Tests.Infrastructure;
using Monty.Client.Values;
using Monty.Protocol.V1;

namespace Monty.Client.Tests.Values;

[Collection(SharedServer.Name)]
public sealed class ValueConversionTests(InProcessServer server)
{
    public sealed record Point(int X, int Y);

    public sealed record Forecast(string City, double TempC, IReadOnlyList<string> Tags);

    private async Task<string> ReprOnServer(object? value)
    {
        var result = await server.Client.RunAsync("repr(v)", new Dictionary<string, object?> { ["v"] = value });
        return (string)result.Value!;
    }

    [Theory]
    [InlineData(null, "None")]
    [InlineData(true, "True")]
    [InlineData(42L, "42")]
    [InlineData(7, "7")]
    [InlineData(2.5, "2.5")]
    [InlineData("it's", "\"it's\"")]
    public async Task ScalarsArriveAsPythonValues(object? value, string repr) =>
        Assert.Equal(repr, await ReprOnServer(value));

    [Fact]
    public async Task ContainersArriveAsPythonContainers()
    {
        Assert.Equal("12345678901234567890123", await ReprOnServer(BigInteger.Parse("12345678901234567890123")));
        Assert.Equal("b'\\x00a'", await ReprOnServer(new byte[] { 0, 97 }));
        Assert.Equal("[1, 2, 3]", await ReprOnServer(new[] { 1, 2, 3 }));
        Assert.Equal("['a', None]", await ReprOnServer(new List<string?> { "a", null }));
        Assert.Equal("(1, 'x', 2.0)", await ReprOnServer((1, "x", 2.0)));
        Assert.Equal("{'a': 1, 'b': [True]}", await ReprOnServer(new Dictionary<string, object> { ["a"] = 1, ["b"] = new[] { true } }));
        Assert.Equal("{3}", await ReprOnServer(new HashSet<int> { 3 }));
        Assert.Equal("{(1, 2): 'p'}", await ReprOnServer(new Dictionary<PyTuple, string> { [new PyTuple(1L, 2L)] = "p" }));
    }

    [Fact]
    public async Task RecordsArriveAsDictsWithSnakeCaseKeys() =>
        Assert.Equal("{'city': 'Oslo', 'temp_c': -3.5, 'tags': ['snow']}", await ReprOnServer(new Forecast("Oslo", -3.5, ["snow"])));

    [Fact]
    public async Task ResultsComeBackInTheirNaturalForm()
    {
        var result = await server.Client.RunAsync("[None, 1, 2**70, 1.5, 'a', b'z', (1,), {'k': {2}}, len]");
        var items = Assert.IsType<List<object?>>(result.Value);
        Assert.Null(items[0]);
        Assert.Equal(1L, items[1]);
        Assert.Equal(BigInteger.Pow(2, 70), items[2]);
        Assert.Equal(1.5, items[3]);
        Assert.Equal("a", items[4]);
        Assert.Equal("z"u8.ToArray(), items[5]);
        Assert.Equal(new PyTuple(1L), items[6]);
        var dict = Assert.IsType<Dictionary<object, object?>>(items[7]);
        Assert.Equal([2L], Assert.IsType<HashSet<object>>(dict["k"]).Cast<long>());
        Assert.Equal("builtin_function_or_method", Assert.IsType<PyOpaque>(items[8]).TypeName);
    }

    [Fact]
    public async Task ResultsConvertToRequestedTypes()
    {
        await using var session = await server.Client.OpenSessionAsync();
        Assert.Equal(new[] { 1, 2, 3 }, await session.RunAsync<int[]>("[1, 2, 3]"));
        Assert.Equal(new Dictionary<string, long> { ["a"] = 1 }, await session.RunAsync<Dictionary<string, long>>("{'a': 1}"));
        Assert.Equal((1, "b"), await session.RunAsync<(int, string)>("(1, 'b')"));
        Assert.Equal(new Point(3, 4), await session.RunAsync<Point>("{'x': 3, 'y': 4}"));
        var forecast = await session.RunAsync<Forecast>("{'city': 'Rome', 'temp_c': 30, 'tags': ['sun']}");
        Assert.Equal(("Rome", 30.0), (forecast!.City, forecast.TempC));
        Assert.Equal(["sun"], forecast.Tags);
        Assert.Equal(2.0, await session.RunAsync<double>("2"));
        Assert.Null(await session.RunAsync<int?>("None"));
    }

    [Fact]
    public void TypeMismatchesAreConversionErrors()
    {
        var error = Assert.Throws<MontyConversionException>(() => MontyValues.FromValue<int>(new Value { StrValue = "x" }));
        Assert.Equal("expected Int32, got str", error.Message);
        Assert.Throws<MontyConversionException>(() => MontyValues.FromValue<byte>(new Value { IntValue = 300 }));
        Assert.Throws<MontyConversionException>(() => MontyValues.ToValue(new PyOpaque("function", "<function f>")));
    }

    [Theory]
    [InlineData("MaxResults", "max_results")]
    [InlineData("city", "city")]
    [InlineData("HTTPServer", "http_server")]
    [InlineData("TempC", "temp_c")]
    [InlineData("Utf8Text", "utf8_text")]
    public void PythonNamesAreSnakeCase(string dotnet, string python) =>
        Assert.Equal(python, PythonNames.SnakeCase(dotnet));

    [Fact]
    public void JsonConvertsLikeJsonLoads()
    {
        using var json = System.Text.Json.JsonDocument.Parse("""{"n": 1, "big": 123456789012345678901234, "f": 1.5, "l": [null, true, "s"]}""");
        var value = MontyValues.ToValue(json.RootElement);
        var entries = value.DictValue.Entries;
        Assert.Equal(1, entries[0].Value.IntValue);
        Assert.Equal("123456789012345678901234", entries[1].Value.BigIntValue);
        Assert.Equal(1.5, entries[2].Value.FloatValue);
        Assert.Equal(Value.KindOneofCase.NoneValue, entries[3].Value.ListValue.Items[0].KindCase);
    }
}
