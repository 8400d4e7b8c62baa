// An agent tool loop over Monty: three tools as C# functions, one script that calls them, and
// every event printed as it happens.
//   dotnet run --project examples/agent-loop/csharp -- http://localhost:50051
using System.Globalization;
using Monty.Client;

var url = args.Length > 0 ? args[0] : "http://localhost:50051";
var tools = new HostFunctions
{
    ["get_weather"] = (string city) => Tools.Weather(city),
    ["search"] = async (string query, int limit = 5) => await Tools.SearchAsync(query, limit),
    ["calculator"] = (string op, double a, double b) => Tools.Calculate(op, a, b),
};

using var client = new MontyClient(url, Environment.GetEnvironmentVariable("MONTY_API_KEY"));
await using var session = await client.OpenSessionAsync(new MontySessionOptions { Functions = tools, ScriptName = "agent.py" });
var code = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "agent.py"));

var pending = "";
await foreach (var e in session.StreamAsync(code, new { cities = new[] { "Paris", "Oslo" } }))
{
    switch (e)
    {
        case MontyCallEvent call:
            var shown = call.Args.Select(Show).Concat(call.Kwargs.Select(kv => $"{kv.Key}={Show(kv.Value)}"));
            Console.WriteLine($"[call {call.CallId}] {call.FunctionName}({string.Join(", ", shown)})");
            break;
        case MontyOutputEvent output:
            // Print complete lines only: one print() may arrive in several pieces.
            pending += output.Text;
            while (pending.IndexOf('\n') is var end and >= 0)
            {
                Console.WriteLine($"[print] {pending[..end]}");
                pending = pending[(end + 1)..];
            }
            break;
        case MontyCompletedEvent done:
            foreach (var city in done.Result.As<List<CityReport>>()!)
                Console.WriteLine($"[result] {city.City} {Show(city.TempF)} F: {city.Top}");
            Console.WriteLine($"[usage] {done.Result.Usage.Suspensions} host calls");
            break;
    }
}

static string Show(object? value) => value switch
{
    string s => $"\"{s}\"",
    double d => d.ToString(CultureInfo.InvariantCulture),
    _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "None",
};

/// <summary>One entry of the script's result, converted from a Python dict.</summary>
internal sealed record CityReport(string City, double TempF, string Top);

/// <summary>Stand-ins for real tools (deterministic, so CI can compare the output).</summary>
internal static class Tools
{
    public static object Weather(string city) => city switch
    {
        "Paris" => new { temp_c = 21.5, sky = "sunny" },
        "Oslo" => new { temp_c = -3.5, sky = "snowy" },
        _ => throw new KeyNotFoundException(city),
    };

    public static async Task<List<Dictionary<string, string>>> SearchAsync(string query, int limit)
    {
        await Task.Delay(5);
        var city = query.Split(' ')[4];
        return [.. new[] { "guide", "forum", "blog" }.Take(limit).Select(kind => new Dictionary<string, string>
        {
            ["title"] = $"{city} {kind}: {query}",
            ["url"] = $"https://example.org/{city.ToLowerInvariant()}/{kind}",
        })];
    }

    public static double Calculate(string op, double a, double b) => op switch
    {
        "add" => Math.Round(a + b, 10),
        "sub" => Math.Round(a - b, 10),
        "mul" => Math.Round(a * b, 10),
        "div" => b == 0 ? throw new ArgumentException("division by zero") : a / b,
        _ => throw new ArgumentException($"unknown operation '{op}'"),
    };
}
