using System.CommandLine;
using Grpc.Core;
using Monty.Cli.Backends;
using Monty.Cli.Options;
using Monty.Cli.Repl;

namespace Monty.Cli;

/// <summary>`monty repl`: an interactive session (embedded engine, or a server with --server) with
/// line editing, history kept in ~/.monty_history, multi-line blocks and tracebacks.</summary>
internal static class ReplCommand
{
    public static Command Create()
    {
        var noHistory = new Option<bool>("--no-history") { Description = "Do not read or write ~/.monty_history." };
        var limits = new CliLimits();
        var backends = new BackendOptions();
        var command = new Command("repl", "Start an interactive Python session.") { noHistory };
        limits.AddTo(command);
        backends.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var historyFile = parse.GetValue(noHistory) ? null : HistoryFile();
            var history = historyFile is not null && File.Exists(historyFile) ? File.ReadAllLines(historyFile).TakeLast(1000).ToList() : [];
            try
            {
                await using var backend = await backends.CreateAsync(parse, limits, "<stdin>", cancellationToken);
                return await new ReplLoop(backend, new LineEditor(history), history, historyFile).RunAsync(cancellationToken);
            }
            catch (RpcException e)
            {
                Console.Error.WriteLine($"monty: the server failed the session: {e.Status.StatusCode}: {e.Status.Detail}");
                return 1;
            }
        });
        return command;
    }

    private static string? HistoryFile()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return home.Length == 0 ? null : Path.Combine(home, ".monty_history");
    }
}
