using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;

namespace Monty.Client.Values;

/// <summary>How .NET member names appear in Python: snake_case (<c>MaxResults</c> is
/// <c>max_results</c>) unless a <see cref="JsonPropertyNameAttribute"/> says otherwise.</summary>
internal static class PythonNames
{
    public static string Of(MemberInfo member) =>
        member.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? SnakeCase(member.Name);

    public static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                // A new word starts at an upper-case letter after a lower-case one or a digit, or
                // at the last capital of an acronym ("HTTPServer" is "http_server").
                var startsWord = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1])
                    || (char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1])));
                if (startsWord && text.Length > 0 && text[^1] != '_') text.Append('_');
                text.Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }
        return text.ToString();
    }

    /// <summary>Whether a Python name designates a .NET member or parameter name: exact, or equal
    /// once both are in snake_case.</summary>
    public static bool Matches(string pythonName, string dotnetName) =>
        pythonName == dotnetName || pythonName == SnakeCase(dotnetName);
}
