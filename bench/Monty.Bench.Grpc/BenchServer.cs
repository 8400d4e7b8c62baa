using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Monty.Grpc.Hosting;

namespace Monty.Bench.Grpc;

/// <summary>The child process: the real server (plus the echo service) on a loopback port.
/// It prints "PORT n", then answers "mem" on stdin with its heap and working set, and "quit".</summary>
internal static class BenchServer
{
    public static async Task RunAsync()
    {
        var app = MontyGrpcServer.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Monty:Address"] = "127.0.0.1",
                ["Monty:Port"] = "0",
                ["Monty:MaxConcurrentSessions"] = "5000",
                ["Monty:IdleSessionTimeout"] = "00:10:00",
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
            });
            // Stdout carries the protocol with the parent ("PORT", "MEM"): logs go to stderr.
            builder.Logging.ClearProviders();
            builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        });
        app.MapGrpcService<EchoServer>();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Console.WriteLine($"PORT {new Uri(address).Port}");
        while (Console.ReadLine() is { } command)
        {
            if (command == "mem")
            {
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                GC.WaitForPendingFinalizers();
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                using var self = Process.GetCurrentProcess();
                Console.WriteLine($"MEM {GC.GetTotalMemory(false)} {self.WorkingSet64}");
            }
            else if (command == "quit")
            {
                break;
            }
        }
        await app.StopAsync();
    }
}
