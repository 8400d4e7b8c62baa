using System.Text.Json;

namespace Monty.Cli.Backends;

/// <summary>Where snippets run: the embedded engine or a Monty server. Output goes straight to
/// the console as the script prints it; globals persist between feeds.</summary>
internal interface IScriptBackend : IAsyncDisposable
{
    Task<FeedOutcome> FeedAsync(string code, IReadOnlyDictionary<string, JsonElement> inputs, CancellationToken cancellationToken);
}
