using Microsoft.Extensions.Diagnostics.HealthChecks;
using Monty.Grpc.Sessions;

namespace Monty.Grpc.Hosting;

/// <summary>grpc.health.v1 reports NOT_SERVING once shutdown begins, so load balancers stop
/// sending sessions while running feeds drain.</summary>
internal sealed class ServingHealthCheck(SessionRegistry registry) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(registry.IsStopping
            ? HealthCheckResult.Unhealthy("shutting down")
            : HealthCheckResult.Healthy($"{registry.Active} sessions"));
}
