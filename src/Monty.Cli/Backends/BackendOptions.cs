using System.CommandLine;
using Monty.Cli.Options;

namespace Monty.Cli.Backends;

/// <summary>`--server URL` and `--api-key KEY`, shared by `run` and `repl`: which backend to use.</summary>
internal sealed class BackendOptions
{
    private readonly Option<string?> _server = new("--server")
    {
        Description = "Run on a Monty server (e.g. http://localhost:50051) instead of the embedded engine.",
    };

    private readonly Option<string?> _apiKey = new("--api-key")
    {
        Description = "API key for --server (default: the MONTY_API_KEY environment variable).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_server);
        command.Options.Add(_apiKey);
    }

    public async Task<IScriptBackend> CreateAsync(ParseResult parse, CliLimits limits, string scriptName, CancellationToken cancellationToken)
    {
        if (parse.GetValue(_server) is not { } url) return new EmbeddedBackend(limits.ForEngine(parse), scriptName);
        var apiKey = parse.GetValue(_apiKey) ?? Environment.GetEnvironmentVariable("MONTY_API_KEY");
        return await ServerBackend.ConnectAsync(url, apiKey, limits.ForServer(parse), scriptName, cancellationToken);
    }
}
