using System.CommandLine;
using System.Text.Json;

namespace Monty.Cli.Options;

/// <summary>`--input NAME=JSON` (repeatable): globals set before the script runs, parsed as JSON
/// (`--input city='"Paris"'`, `--input ids=[1,2]`).</summary>
internal sealed class CliInputs
{
    private readonly Option<string[]> _input = new("--input")
    {
        Description = "A global set before the script runs, as NAME=JSON (e.g. --input 'cities=[\"Paris\"]'). Repeatable.",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_input);
        _input.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                try
                {
                    Parse(token.Value);
                }
                catch (FormatException e)
                {
                    result.AddError(e.Message);
                }
            }
        });
    }

    public Dictionary<string, JsonElement> Get(ParseResult parse)
    {
        var inputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var item in parse.GetValue(_input) ?? [])
        {
            var (name, value) = Parse(item);
            inputs[name] = value;
        }
        return inputs;
    }

    private static (string Name, JsonElement Value) Parse(string item)
    {
        var equals = item.IndexOf('=');
        if (equals <= 0) throw new FormatException($"--input expects NAME=JSON, got '{item}'");
        var name = item[..equals];
        if (!IsIdentifier(name)) throw new FormatException($"--input name '{name}' is not a Python identifier");
        try
        {
            using var document = JsonDocument.Parse(item[(equals + 1)..]);
            return (name, document.RootElement.Clone());
        }
        catch (JsonException e)
        {
            throw new FormatException($"--input {name}: not valid JSON ({e.Message})");
        }
    }

    private static bool IsIdentifier(string name) =>
        (char.IsLetter(name[0]) || name[0] == '_') && name.All(c => char.IsLetterOrDigit(c) || c == '_');
}
