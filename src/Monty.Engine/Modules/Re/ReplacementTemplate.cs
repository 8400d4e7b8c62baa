using System.Text;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Re;

/// <summary>A parsed sub()/expand() template: literal text and group references (\1, \g&lt;name&gt;,
/// \g&lt;0&gt;), with CPython's escapes and errors.</summary>
internal sealed class ReplacementTemplate
{
    private readonly List<(string? Literal, int Group)> _parts = [];

    public bool IsLiteral => _parts.Count <= 1 && (_parts.Count == 0 || _parts[0].Literal is not null);

    public static ReplacementTemplate Parse(string t, PyPattern pattern)
    {
        var result = new ReplacementTemplate();
        var literal = new StringBuilder();
        var groups = pattern.Translated.Groups;
        var i = 0;
        PyException Error(string message, int at) => RegexError.At(message, t, Formatting.PyText.CodePointIndex(t, at));
        void AddGroup(int g)
        {
            if (literal.Length > 0) result._parts.Add((literal.ToString(), 0));
            literal.Clear();
            result._parts.Add((null, g));
        }
        while (i < t.Length)
        {
            var c = t[i];
            if (c != '\\')
            {
                literal.Append(c);
                i++;
                continue;
            }
            var start = i;
            i++;
            if (i >= t.Length) throw Error("bad escape (end of pattern)", start);
            c = t[i];
            if (c == 'g')
            {
                i++;
                if (i >= t.Length || t[i] != '<') throw Error("missing <", i);
                i++;
                var close = t.IndexOf('>', i);
                if (close < 0) throw Error("missing >, unterminated name", i);
                var name = t[i..close];
                if (name.Length == 0) throw Error("missing group name", i);
                int index;
                if (name.All(char.IsAsciiDigit))
                {
                    if (!int.TryParse(name, out index) || index > groups) throw Error($"invalid group reference {name}", i);
                }
                else
                {
                    if (!IsIdentifier(name)) throw Error($"bad character in group name '{name}'", i);
                    index = pattern.Translated.IndexOf(name);
                    if (index < 0) throw PyErrors.IndexError($"unknown group name '{name}'");
                }
                AddGroup(index);
                i = close + 1;
            }
            else if (c == '0')
            {
                var j = i + 1;
                while (j < t.Length && j < i + 3 && t[j] is >= '0' and <= '7') j++;
                literal.Append((char)Convert.ToInt32(t[i..j], 8));
                i = j;
            }
            else if (char.IsAsciiDigit(c))
            {
                if (i + 2 < t.Length + 0 && IsOctal(c) && IsOctal(t[i + 1]) && i + 2 < t.Length && IsOctal(t[i + 2]))
                {
                    var value = Convert.ToInt32(t.Substring(i, 3), 8);
                    if (value > 0xFF) throw Error($"octal escape value \\{t.Substring(i, 3)} outside of range 0-0o377", start);
                    literal.Append((char)value);
                    i += 3;
                    continue;
                }
                var len = i + 1 < t.Length && char.IsAsciiDigit(t[i + 1]) ? 2 : 1;
                var g = int.Parse(t.AsSpan(i, len));
                if (g > groups) throw Error($"invalid group reference {g}", i);
                AddGroup(g);
                i += len;
            }
            else
            {
                var escaped = c switch { 'a' => '\a', 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', 'v' => '\v', '\\' => '\\', _ => '\0' };
                if (escaped != '\0') literal.Append(escaped);
                else if (char.IsAsciiLetter(c)) throw Error($"bad escape \\{c}", start);
                else literal.Append('\\').Append(c);
                i++;
            }
        }
        if (literal.Length > 0 || result._parts.Count == 0) result._parts.Add((literal.ToString(), 0));
        return result;
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private static bool IsIdentifier(string s) =>
        s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c == '_');

    public void AppendTo(StringBuilder sb, PyMatch m)
    {
        foreach (var (lit, g) in _parts)
        {
            if (lit is not null) sb.Append(lit);
            else
            {
                var group = m.Match.Groups[g];
                if (group.Success) sb.Append(group.ValueSpan);
            }
        }
    }
}
