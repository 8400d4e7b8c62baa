using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;
using Monty.Grpc.Tests.Infrastructure;
using Monty.Protocol.V1;

namespace Monty.Grpc.Tests.Server;

/// <summary>The same protocol over a real socket: Kestrel on a loopback port, h2c.</summary>
public sealed class KestrelTests : IAsyncLifetime
{
    private TestHost _host = null!;

    public async Task InitializeAsync() => _host = await TestHost.StartKestrelAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task OneShotAndHostCallsOverTheNetwork()
    {
        using var session = _host.Open();
        await session.ConfigureAsync("get_weather");
        var result = await session.RunAsync("w = get_weather('Paris')\nprint(w)\nw.upper()", _ => Wire.Str("sunny"));
        Assert.Equal("SUNNY", result.Value.StrValue);
        Assert.Equal("sunny\n", result.Stdout);
    }

    [Fact]
    public async Task TwoHundredSessionsAtOnceOverTheNetwork() => await ConcurrencyTests.RunManySessionsAsync(_host, 200);

    [Fact]
    public async Task HealthReportsServing()
    {
        var response = await new Health.HealthClient(_host.Channel).CheckAsync(new HealthCheckRequest());
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, response.Status);
    }

    [Fact]
    public async Task ReflectionListsTheService()
    {
        using var call = new ServerReflection.ServerReflectionClient(_host.Channel).ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(CancellationToken.None));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name);
        Assert.Contains("monty.v1.MontyService", services);
        Assert.Contains("grpc.health.v1.Health", services);
    }
}
