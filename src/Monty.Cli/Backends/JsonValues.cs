using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Monty.Engine;

namespace Monty.Cli.Backends;

/// <summary>JSON inputs as engine values, the way Python's json.loads reads them.</summary>
internal static class JsonValues
{
    public static MontyValue ToMonty(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Null => MontyValue.None,
        JsonValueKind.True => MontyValue.True,
        JsonValueKind.False => MontyValue.False,
        JsonValueKind.String => MontyValue.From(json.GetString()!),
        JsonValueKind.Number => json.GetRawText() is var text && text.All(c => char.IsAsciiDigit(c) || c == '-')
            ? MontyValue.From(BigInteger.Parse(text, CultureInfo.InvariantCulture))
            : MontyValue.From(json.GetDouble()),
        JsonValueKind.Array => new MontyList([.. json.EnumerateArray().Select(ToMonty)]),
        JsonValueKind.Object => new MontyDict([.. json.EnumerateObject().Select(p => new KeyValuePair<MontyValue, MontyValue>(MontyValue.From(p.Name), ToMonty(p.Value)))]),
        _ => throw new FormatException($"unsupported JSON value {json.ValueKind}"),
    };
}
