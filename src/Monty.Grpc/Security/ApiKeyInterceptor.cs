using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Options;
using Monty.Grpc.Options;
using Monty.Grpc.Sessions;

namespace Monty.Grpc.Security;

/// <summary>Requires one of the configured API keys, sent as "x-api-key: KEY" or
/// "authorization: Bearer KEY" metadata. With no keys configured every call is let through.
/// Keys are compared as SHA-256 hashes in fixed time, so timing reveals nothing about them.</summary>
internal sealed class ApiKeyInterceptor(IOptions<MontyServerOptions> options) : Interceptor
{
    private readonly byte[][] _keyHashes = [.. options.Value.ApiKeys.Select(k => SHA256.HashData(Encoding.UTF8.GetBytes(k)))];

    public override Task DuplexStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream,
        IServerStreamWriter<TResponse> responseStream, ServerCallContext context, DuplexStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(requestStream, responseStream, context);
    }

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(request, context);
    }

    public override Task<TResponse> ClientStreamingServerHandler<TRequest, TResponse>(IAsyncStreamReader<TRequest> requestStream,
        ServerCallContext context, ClientStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(requestStream, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(TRequest request, IServerStreamWriter<TResponse> responseStream,
        ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Authenticate(context);
        return continuation(request, responseStream, context);
    }

    private void Authenticate(ServerCallContext context)
    {
        if (_keyHashes.Length == 0) return;
        var key = PresentedKey(context.RequestHeaders)
            ?? throw ProtocolErrors.Unauthenticated("missing API key: send it as 'x-api-key' or 'authorization: Bearer <key>' metadata");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var match = false;
        foreach (var known in _keyHashes) match |= CryptographicOperations.FixedTimeEquals(hash, known);
        if (!match) throw ProtocolErrors.Unauthenticated("invalid API key");
    }

    private static string? PresentedKey(Metadata headers)
    {
        if (headers.GetValue("x-api-key") is { Length: > 0 } apiKey) return apiKey;
        if (headers.GetValue("authorization") is { } auth && auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return auth["Bearer ".Length..].Trim();
        return null;
    }
}
