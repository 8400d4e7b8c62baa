using System.CommandLine;
using Monty.Cli;

var root = new RootCommand("Monty: a sandboxed Python interpreter for code that AI agents write.");
root.Subcommands.Add(RunCommand.Create());
return root.Parse(args).Invoke();
