using Monty.Grpc.Tests.Infrastructure;

namespace Monty.Grpc.Tests.Server;

/// <summary>Monty:Grants: scripts get the server's clock and entropy only when configured.</summary>
public sealed class GrantTests
{
    [Theory]
    [InlineData("import datetime\ndatetime.datetime.now()")]
    [InlineData("import random\nrandom.random()")]
    public async Task ScriptsGetNoClockOrEntropyByDefault(string code)
    {
        await using var host = await TestHost.StartInProcessAsync();
        using var session = host.Open();
        await session.ConfigureAsync();
        await session.FeedAsync(code);
        var failed = (await session.ReadRequiredAsync()).Failed;
        Assert.Equal("PermissionError", failed.ExceptionType);
    }

    [Fact]
    public async Task GrantedClockAndEntropyReachScripts()
    {
        await using var host = await TestHost.StartInProcessAsync(Settings.Of(("Grants:Clock", true), ("Grants:Entropy", true)));
        using var session = host.Open();
        await session.ConfigureAsync();
        var completed = await session.RunAsync("import datetime, uuid, random\n" +
            "datetime.datetime.now().year >= 2024 and uuid.uuid4().version == 4 and 0 <= random.random() < 1");
        Assert.True(completed.Value.BoolValue);
    }
}
