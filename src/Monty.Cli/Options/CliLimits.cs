using System.CommandLine;
using System.Globalization;
using Monty.Client;
using Monty.Engine;

namespace Monty.Cli.Options;

/// <summary>The limit options shared by `run` and `repl`: `--limit NAME=VALUE` (repeatable) and
/// the older `--max-duration`, `--max-memory`, `--max-recursion` spellings.</summary>
internal sealed class CliLimits
{
    private static readonly string[] Names = ["max_duration", "max_memory", "max_allocations", "max_recursion", "max_suspensions", "max_output"];

    private readonly Option<string[]> _limit = new("--limit")
    {
        Description = "A limit as NAME=VALUE: max_duration (seconds), max_memory (bytes), max_allocations, max_recursion, max_suspensions, max_output (bytes). Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<double?> _maxDuration = new("--max-duration") { Description = "Time limit in seconds (default 5)." };
    private readonly Option<long?> _maxMemory = new("--max-memory") { Description = "Memory limit in bytes (default 256 MiB)." };
    private readonly Option<int?> _maxRecursion = new("--max-recursion") { Description = "Maximum call depth (default 1000)." };

    public void AddTo(Command command)
    {
        command.Options.Add(_limit);
        command.Options.Add(_maxDuration);
        command.Options.Add(_maxMemory);
        command.Options.Add(_maxRecursion);
        _limit.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (Parse(token.Value) is { } error) result.AddError(error);
            }
        });
    }

    /// <summary>The requested limits by name (values in the units of the option).</summary>
    public Dictionary<string, double> Requested(ParseResult parse)
    {
        var limits = new Dictionary<string, double>();
        foreach (var item in parse.GetValue(_limit) ?? [])
        {
            var (name, value) = Split(item);
            limits[name] = value;
        }
        if (parse.GetValue(_maxDuration) is { } d) limits["max_duration"] = d;
        if (parse.GetValue(_maxMemory) is { } m) limits["max_memory"] = m;
        if (parse.GetValue(_maxRecursion) is { } r) limits["max_recursion"] = r;
        return limits;
    }

    /// <summary>The engine's safe defaults with the requested limits applied.</summary>
    public ResourceLimits ForEngine(ParseResult parse)
    {
        var limits = ResourceLimits.SafeDefaults;
        foreach (var (name, value) in Requested(parse))
        {
            limits = name switch
            {
                "max_duration" => limits with { MaxDuration = TimeSpan.FromSeconds(value) },
                "max_memory" => limits with { MaxMemory = (long)value },
                "max_allocations" => limits with { MaxAllocations = (long)value },
                "max_recursion" => limits with { MaxRecursionDepth = (int)value },
                "max_suspensions" => limits with { MaxSuspensions = (long)value },
                _ => limits with { MaxOutputBytes = (long)value },
            };
        }
        return limits;
    }

    /// <summary>The requested limits for a server (unset ones take the server's defaults).</summary>
    public MontyLimits ForServer(ParseResult parse)
    {
        var limits = new MontyLimits();
        foreach (var (name, value) in Requested(parse))
        {
            limits = name switch
            {
                "max_duration" => limits with { MaxDuration = TimeSpan.FromSeconds(value) },
                "max_memory" => limits with { MaxMemoryBytes = (ulong)value },
                "max_allocations" => limits with { MaxAllocations = (ulong)value },
                "max_recursion" => limits with { MaxRecursionDepth = (uint)value },
                "max_suspensions" => limits with { MaxSuspensions = (ulong)value },
                _ => limits with { MaxOutputBytes = (ulong)value },
            };
        }
        return limits;
    }

    private static string? Parse(string item)
    {
        var equals = item.IndexOf('=');
        if (equals <= 0) return $"--limit expects NAME=VALUE, got '{item}'";
        var name = item[..equals];
        if (!Names.Contains(name)) return $"unknown limit '{name}' (known: {string.Join(", ", Names)})";
        if (!double.TryParse(item[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < 0 || double.IsNaN(value) || double.IsInfinity(value))
            return $"limit {name} needs a non-negative number, got '{item[(equals + 1)..]}'";
        return null;
    }

    private static (string Name, double Value) Split(string item)
    {
        var equals = item.IndexOf('=');
        return (item[..equals], double.Parse(item[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture));
    }
}
