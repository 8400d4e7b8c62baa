namespace Monty.Grpc.Tests.Infrastructure;

/// <summary>One in-process server with default settings, shared by the tests of a collection.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    public TestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await TestHost.StartInProcessAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SharedServer : ICollectionFixture<ServerFixture>
{
    public const string Name = "shared in-process server";
}
