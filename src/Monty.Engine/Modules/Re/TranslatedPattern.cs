using System.Text.RegularExpressions;

namespace Monty.Engine.Modules.Re;

/// <summary>A Python pattern translated to .NET syntax. Every Python group becomes an unnamed
/// .NET group with the same number (.NET would renumber named groups after unnamed ones), and
/// names are kept here.</summary>
internal sealed record TranslatedPattern(
    string Source, string DotNet, RegexOptions Options, int Flags, int Groups, IReadOnlyList<KeyValuePair<string, int>> GroupIndex)
{
    public int IndexOf(string name)
    {
        foreach (var kv in GroupIndex)
            if (kv.Key == name) return kv.Value;
        return -1;
    }

    public string? NameOf(int group)
    {
        foreach (var kv in GroupIndex)
            if (kv.Value == group) return kv.Key;
        return null;
    }
}
