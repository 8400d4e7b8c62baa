using System.Text.Json;
using Monty.Engine;

namespace Monty.Cli.Backends;

/// <summary>Runs snippets in-process with the engine (the default).</summary>
internal sealed class EmbeddedBackend(ResourceLimits limits, string scriptName) : IScriptBackend
{
    private readonly ConsoleOutput _output = new();
    private readonly MontySession _session = new(limits: limits, output: null, scriptName: scriptName);

    public Task<FeedOutcome> FeedAsync(string code, IReadOnlyDictionary<string, JsonElement> inputs, CancellationToken cancellationToken)
    {
        _session.Output = _output;
        var values = inputs.ToDictionary(kv => kv.Key, kv => JsonValues.ToMonty(kv.Value));
        var execution = _session.Feed(code, values);
        _output.Flush();
        return Task.FromResult(execution.Status switch
        {
            ExecutionStatus.Completed => FeedOutcome.Completed(execution.Result!),
            ExecutionStatus.Failed => FeedOutcome.FromException(execution.Error!.TypeName, execution.Error.Message, execution.Error.FormattedTraceback),
            _ => FeedOutcome.Failed($"monty: the script called host function '{execution.PendingCall!.FunctionName}', which this command does not provide\n"),
        });
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
