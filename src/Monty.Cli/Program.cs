using System.CommandLine;
using Monty.Cli;

var root = new RootCommand("Monty: a sandboxed Python interpreter for code that AI agents write.");
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(ReplCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
// No process-termination handling here: `serve` drains gracefully through its host, and a script
// interrupted with Ctrl+C stops at once, as python3 does.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
