using System.CommandLine;
using Grpc.Core;
using Monty.Cli.Backends;
using Monty.Cli.Options;
using Monty.Engine;

namespace Monty.Cli;

/// <summary>`monty run FILE.py`: runs a script, printing output as python3 would and the traceback
/// on stderr (exit code 1) when it fails. Embedded engine by default, or a server with --server.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The Python script to run." };
        var showResult = new Option<bool>("--show-result") { Description = "Print the repr of the value of a final expression (unless None)." };
        var limits = new CliLimits();
        var inputs = new CliInputs();
        var backends = new BackendOptions();
        var command = new Command("run", "Run a Python script.") { file, showResult };
        limits.AddTo(command);
        inputs.AddTo(command);
        backends.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(file)!, parse.GetValue(showResult), () => backends.CreateAsync(parse, limits, parse.GetValue(file)!.Name, cancellationToken),
                inputs.Get(parse), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(FileInfo file, bool showResult, Func<Task<IScriptBackend>> connect,
        IReadOnlyDictionary<string, System.Text.Json.JsonElement> inputs, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"monty: can't open file '{file.FullName}': [Errno 2] No such file or directory");
            return 2;
        }
        var source = await File.ReadAllTextAsync(file.FullName, cancellationToken);
        try
        {
            await using var backend = await connect();
            var outcome = await backend.FeedAsync(source, inputs, cancellationToken);
            if (outcome.Traceback is { } traceback)
            {
                Console.Error.Write(traceback);
                return outcome.ExitCode;
            }
            if (showResult && outcome.Value is not MontyNone) Console.WriteLine(ValueText.Repr(outcome.Value!));
            return 0;
        }
        catch (RpcException e)
        {
            Console.Error.WriteLine($"monty: the server failed the session: {e.Status.StatusCode}: {e.Status.Detail}");
            return 1;
        }
    }
}
