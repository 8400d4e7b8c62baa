using System.Globalization;

namespace Monty.Grpc.Sessions;

/// <summary>Checks names a client gives (host functions, inputs): the engine binds them as
/// globals, so they must be identifiers a script can actually write.</summary>
internal static class PythonNames
{
    public const int MaxLength = 256;

    private static readonly HashSet<string> Keywords =
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    ];

    /// <summary>Null when <paramref name="name"/> is a valid identifier, else why not.</summary>
    public static string? Problem(string name)
    {
        if (name.Length == 0) return "is empty";
        if (name.Length > MaxLength) return $"is longer than {MaxLength} characters";
        if (Keywords.Contains(name)) return "is a Python keyword";
        if (!IsStart(name[0])) return "is not a Python identifier (it must start with a letter or '_')";
        foreach (var c in name)
            if (!IsStart(c) && !IsContinue(c)) return "is not a Python identifier (letters, digits and '_' only)";
        return null;
    }

    private static bool IsStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsContinue(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.DecimalDigitNumber
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation;
}
