using Grpc.Core;
using Grpc.Health.V1;
using Monty.Grpc.Tests.Infrastructure;

namespace Monty.Grpc.Tests.Server;

public sealed class AuthTests
{
    private const string Key = "k3y-0123456789abcdef";

    [Fact]
    public async Task WithKeysConfiguredACallNeedsOne()
    {
        await using var host = await TestHost.StartInProcessAsync(Settings.Of(("ApiKeys:0", "another-key-0123456789"), ("ApiKeys:1", Key)));

        using var none = host.Open();
        Assert.StartsWith("missing API key", await none.ExpectStatusAsync(StatusCode.Unauthenticated));

        using var wrong = host.Open(new Metadata { { "x-api-key", "k3y-0123456789abcdeX" } });
        Assert.Equal("invalid API key", await wrong.ExpectStatusAsync(StatusCode.Unauthenticated));

        using var header = host.Open(new Metadata { { "x-api-key", Key } });
        await header.ConfigureAsync();
        Assert.Equal(1, (await header.RunAsync("1")).Value.IntValue);

        using var bearer = host.Open(new Metadata { { "authorization", "Bearer " + Key } });
        await bearer.ConfigureAsync();
        Assert.Equal(2, (await bearer.RunAsync("2")).Value.IntValue);

        // Health stays open for load balancers.
        var health = await new Health.HealthClient(host.Channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Fact]
    public async Task WithoutKeysEveryCallIsAccepted()
    {
        await using var host = await TestHost.StartInProcessAsync();
        using var session = host.Open(new Metadata { { "x-api-key", "anything" } });
        await session.ConfigureAsync();
        Assert.Equal(1, (await session.RunAsync("1")).Value.IntValue);
    }
}
