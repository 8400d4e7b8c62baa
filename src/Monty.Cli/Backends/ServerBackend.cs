using System.Text.Json;
using Monty.Client;
using Monty.Engine;

namespace Monty.Cli.Backends;

/// <summary>Runs snippets in one session on a Monty server, through Monty.Client.</summary>
internal sealed class ServerBackend : IScriptBackend
{
    private readonly MontyClient _client;
    private readonly Client.MontySession _session;
    private readonly ConsoleOutput _output;

    private ServerBackend(MontyClient client, Client.MontySession session, ConsoleOutput output)
    {
        _client = client;
        _session = session;
        _output = output;
    }

    public static async Task<ServerBackend> ConnectAsync(string url, string? apiKey, MontyLimits limits, string scriptName, CancellationToken cancellationToken)
    {
        var client = new MontyClient(url, apiKey);
        var output = new ConsoleOutput();
        try
        {
            var session = await client.OpenSessionAsync(new MontySessionOptions
            {
                ScriptName = scriptName,
                Limits = limits,
                Output = (stream, text) => output.Write(stream == Protocol.V1.OutputStream.Stderr ? OutputStream.Stderr : OutputStream.Stdout, text),
            }, cancellationToken);
            return new ServerBackend(client, session, output);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async Task<FeedOutcome> FeedAsync(string code, IReadOnlyDictionary<string, JsonElement> inputs, CancellationToken cancellationToken)
    {
        try
        {
            var result = await _session.RunAsync(code, inputs.ToDictionary(kv => kv.Key, kv => (object?)kv.Value), cancellationToken);
            return FeedOutcome.Completed(WireValues.ToMonty(result.RawValue));
        }
        catch (MontyScriptException e)
        {
            return FeedOutcome.FromException(e.PythonType, e.PythonMessage, e.FormattedTraceback.Length > 0 ? e.FormattedTraceback : e.Message + "\n");
        }
        finally
        {
            _output.Flush();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _session.DisposeAsync();
        _client.Dispose();
    }
}
