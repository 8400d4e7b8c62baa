using Monty.Client.Tests.Infrastructure;

namespace Monty.Client.Tests;

/// <summary>The README's C# example, as written there (with the test server's client).</summary>
[Collection(SharedServer.Name)]
public sealed class ReadmeExampleTests(InProcessServer server)
{
    [Fact]
    public async Task TheReadmeExampleWorksAsDescribed()
    {
        var printed = new System.Text.StringBuilder();
        var client = server.Client;
        var tools = new HostFunctions
        {
            ["get_weather"] = (string city) => new { city, temp_c = 21.5 },
            ["search"] = async (string query, int limit = 3) => { await Task.Delay(10); return Enumerable.Repeat(query, limit); },
        };
        await using var session = await client.OpenSessionAsync(new() { Functions = tools, Output = (_, text) => printed.Append(text) });
        var result = await session.RunAsync("w = get_weather(city)\nprint(w)\nw['temp_c'] * 2", new { city = "Paris" });
        Assert.Equal("{'city': 'Paris', 'temp_c': 21.5}\n", printed.ToString());
        Assert.Equal(43.0, result.Value);
        Assert.Equal(["a", "a"], (await session.RunAsync<string[]>("search('a', limit=2)"))!);
    }
}
