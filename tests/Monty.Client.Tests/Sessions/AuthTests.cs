using Grpc.Core;
using Monty.Client.Tests.Infrastructure;

namespace Monty.Client.Tests.Sessions;

public sealed class AuthTests
{
    private const string Key = "a-test-key-of-enough-length-42";

    [Fact]
    public async Task TheApiKeyGoesWithEverySession()
    {
        var server = await InProcessServer.StartAsync(new() { ["Monty:ApiKeys:0"] = Key });
        try
        {
            using var withKey = new MontyClient(server.Channel, Key);
            Assert.Equal(2L, (await withKey.RunAsync("1 + 1")).Value);
            using var withoutKey = new MontyClient(server.Channel);
            var error = await Assert.ThrowsAsync<RpcException>(() => withoutKey.RunAsync("1 + 1"));
            Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }
}
