using Grpc.Core;
using Monty.Grpc.Sessions;
using Monty.Grpc.Telemetry;
using Monty.Protocol.V1;

namespace Monty.Grpc.Service;

/// <summary>monty.v1.MontyService: admits a session (capacity, shutdown) and hands the stream to a <see cref="SessionLoop"/>.</summary>
internal sealed class MontySessionService(SessionServices services) : MontyService.MontyServiceBase
{
    public override async Task OpenSession(IAsyncStreamReader<SessionRequest> requestStream,
        IServerStreamWriter<SessionResponse> responseStream, ServerCallContext context)
    {
        var registry = services.Registry;
        if (registry.IsStopping)
        {
            services.Metrics.SessionRejected("shutdown");
            throw ProtocolErrors.Unavailable("the server is shutting down; open the session elsewhere");
        }
        if (!registry.TryEnter())
        {
            services.Metrics.SessionRejected("capacity");
            var reason = $"the server already has its maximum of {services.Options.MaxConcurrentSessions} sessions open; retry later";
            Log.SessionRefused(services.Logger, reason);
            throw ProtocolErrors.ResourceExhausted(reason);
        }
        services.Metrics.SessionOpened();
        try
        {
            using var loop = new SessionLoop(requestStream, responseStream, context, services);
            await loop.RunAsync();
        }
        finally
        {
            services.Metrics.SessionClosed();
            registry.Exit();
        }
    }
}
