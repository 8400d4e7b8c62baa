namespace Monty.Grpc.Tests.Infrastructure;

/// <summary>Server settings for tests, as configuration key/value pairs.</summary>
public static class Settings
{
    public static Dictionary<string, string?> Of(params (string Key, object Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key.StartsWith("Monty:", StringComparison.Ordinal) ? p.Key : "Monty:" + p.Key, p => (string?)Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture));
}
