using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Monty.Grpc.Hosting;

namespace Monty.Cli;

/// <summary>`monty serve`: the gRPC server of src/Monty.Grpc, in this process, with the same
/// settings (appsettings.json next to the tool, Monty__* environment variables, and
/// configuration arguments such as --Monty:MaxRunningFeeds=4).</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int?>("--port") { Description = "TCP port (default 50051; 0 picks a free one with an IP address)." };
        var address = new Option<string?>("--address") { Description = "\"localhost\" (default), \"*\" or an IP address." };
        var apiKeys = new Option<string[]>("--api-key") { Description = "An accepted API key (repeatable). None: no authentication." };
        var command = new Command("serve", "Start the Monty gRPC server. Other settings as --Monty:NAME=VALUE (see src/Monty.Grpc/README.md).")
        {
            port, address, apiKeys,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (parse, cancellationToken) =>
        {
            var settings = new Dictionary<string, string?>();
            if (parse.GetValue(port) is { } p) settings["Monty:Port"] = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (parse.GetValue(address) is { } a) settings["Monty:Address"] = a;
            var keys = parse.GetValue(apiKeys) ?? [];
            for (var i = 0; i < keys.Length; i++) settings[$"Monty:ApiKeys:{i}"] = keys[i];
            var options = new WebApplicationOptions { Args = [.. parse.UnmatchedTokens], ContentRootPath = AppContext.BaseDirectory };
            await using var app = MontyGrpcServer.Build(options, builder => builder.Configuration.AddInMemoryCollection(settings));
            // The host handles Ctrl+C and SIGTERM itself: running feeds get their grace period.
            await app.RunAsync();
            return 0;
        });
        return command;
    }
}
