using Monty.Client.Values;
using Monty.Protocol.V1;

namespace Monty.Client;

internal static class Feeds
{
    /// <summary>A Feed message; inputs converted up front so a bad value fails before anything is sent.</summary>
    public static Feed Create(string code, object? inputs)
    {
        ArgumentNullException.ThrowIfNull(code);
        var feed = new Feed { Code = code };
        if (inputs is null) return feed;
        var dict = MontyValues.ToValue(inputs);
        if (dict.KindCase != Value.KindOneofCase.DictValue) throw new MontyConversionException("inputs must be a dictionary or an object with properties");
        foreach (var entry in dict.DictValue.Entries)
        {
            if (entry.Key.KindCase != Value.KindOneofCase.StrValue) throw new MontyConversionException("input names must be strings");
            feed.Inputs[entry.Key.StrValue] = entry.Value;
        }
        return feed;
    }
}
