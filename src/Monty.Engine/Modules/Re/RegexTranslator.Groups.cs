using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Re;

/// <summary>Groups: capturing, named, non-capturing, lookaround, atomic, conditional, comments
/// and inline flags.</summary>
internal sealed partial class RegexTranslator
{
    private (ItemKind, Width) Group(Scope scope)
    {
        var open = _i;
        _i++;
        if (++_nesting > MaxNesting)
            throw PyErrors.New(ExceptionTypes.RecursionError, "maximum recursion depth exceeded while compiling a regular expression");
        try
        {
            if (AtEnd || Peek != '?') return Capturing(scope, open, null);
            _i++;
            if (AtEnd) throw Error("unexpected end of pattern", _i);
            var c = Peek;
            switch (c)
            {
                case ':':
                    _i++;
                    return (ItemKind.Atom, Enclosed("(?:", scope, open));
                case 'P':
                    return NamedConstruct(scope, open);
                case '#':
                    {
                        var close = _p.IndexOf(')', _i);
                        if (close < 0) throw Error("missing ), unterminated comment", open);
                        _i = close + 1;
                        return (ItemKind.None, Width.Zero);
                    }
                case '=' or '!':
                    _i++;
                    Enclosed(c == '=' ? "(?=" : "(?!", scope, open);
                    return (ItemKind.Anchor, Width.Zero);
                case '<':
                    {
                        _i++;
                        if (AtEnd) throw Error("unexpected end of pattern", _i);
                        if (Peek is not ('=' or '!'))
                            throw Error("unknown extension ?<" + _p[_i], open + 1);
                        var negative = Peek == '!';
                        _i++;
                        var width = Enclosed(negative ? "(?<!" : "(?<=", scope, open);
                        if (width.Min != width.Max) throw RegexError.At("look-behind requires fixed-width pattern", null, -1);
                        return (ItemKind.Anchor, Width.Zero);
                    }
                case '>':
                    _i++;
                    return (ItemKind.Atom, Enclosed("(?>", scope, open));
                case '(':
                    return (ItemKind.Atom, Conditional(scope, open));
                default:
                    if (IsFlagLetter(c) || c == '-') return (ItemKind.Atom, ScopedFlags(scope, open));
                    throw Error("unknown extension ?" + c, open + 1);
            }
        }
        finally
        {
            _nesting--;
        }
    }

    /// <summary>Writes prefix, the alternation inside, and ')'; the cursor is past the prefix.</summary>
    private Width Enclosed(string prefix, Scope scope, int open)
    {
        _out.Append(prefix);
        var width = Alternation(scope);
        if (AtEnd || Peek != ')') throw Error("missing ), unterminated subpattern", open);
        _i++;
        _out.Append(')');
        return width;
    }

    private (ItemKind, Width) Capturing(Scope scope, int open, string? name)
    {
        var number = ++_groups;
        if (name is not null) _names.Add(new(name, number));
        _openGroups.Add(number);
        var width = Enclosed("(", scope, open);
        _openGroups.Remove(number);
        return (ItemKind.Atom, width);
    }

    private (ItemKind, Width) NamedConstruct(Scope scope, int open)
    {
        _i++; // 'P'
        if (AtEnd) throw Error("unexpected end of pattern", _i);
        if (Peek == '<')
        {
            _i++;
            var nameStart = _i;
            var name = ReadName('>', "missing >, unterminated name");
            CheckGroupName(name, nameStart);
            var existing = IndexOfName(name);
            if (existing > 0)
                throw Error($"redefinition of group name '{name}' as group {_groups + 1}; was group {existing}", nameStart);
            return Capturing(scope, open, name);
        }
        if (Peek == '=')
        {
            _i++;
            var nameStart = _i;
            var name = ReadName(')', "missing ), unterminated name");
            CheckGroupName(name, nameStart);
            var number = IndexOfName(name);
            if (number < 0) throw Error($"unknown group name '{name}'", nameStart);
            if (_openGroups.Contains(number)) throw Error("cannot refer to an open group", nameStart);
            _out.Append("\\k<").Append(number).Append('>');
            return (ItemKind.Atom, new Width(0, Unbounded));
        }
        var bad = _p[_i];
        throw Error("unknown extension ?P" + bad, open + 1);
    }

    private int IndexOfName(string name)
    {
        foreach (var kv in _names)
            if (kv.Key == name) return kv.Value;
        return -1;
    }

    /// <summary>Reads up to the terminator; the cursor ends past it.</summary>
    private string ReadName(char terminator, string unterminated)
    {
        var start = _i;
        var end = _p.IndexOf(terminator, _i);
        if (end < 0) throw Error(unterminated, start);
        _i = end + 1;
        var name = _p[start..end];
        if (name.Length == 0) throw Error("missing group name", start);
        return name;
    }

    private void CheckGroupName(string name, int at)
    {
        if (!IsIdentifier(name)) throw Error($"bad character in group name '{name}'", at);
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var ok = c == '_' || char.IsLetter(c) || (i > 0 && (char.IsDigit(c) || char.GetUnicodeCategory(c) is
                System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark
                or System.Globalization.UnicodeCategory.ConnectorPunctuation)) || char.IsSurrogate(c);
            if (!ok) return false;
        }
        return true;
    }

    private Width Conditional(Scope scope, int open)
    {
        _i++; // '('
        var refStart = _i;
        var reference = ReadName(')', "missing ), unterminated name");
        int number;
        if (reference.All(char.IsAsciiDigit))
        {
            number = int.Parse(reference, System.Globalization.CultureInfo.InvariantCulture);
            if (number == 0) throw Error("bad group number", refStart);
            if (number > _groups) throw Error($"invalid group reference {number}", refStart);
        }
        else
        {
            CheckGroupName(reference, refStart);
            number = IndexOfName(reference);
            if (number < 0) throw Error($"unknown group name '{reference}'", refStart);
        }
        _out.Append("(?(").Append(number).Append(')');
        var yes = Sequence(scope);
        var width = yes;
        if (!AtEnd && Peek == '|')
        {
            _i++;
            _out.Append('|');
            width = width.Or(Sequence(scope));
            if (!AtEnd && Peek == '|') throw Error("conditional backref with more than two branches", _i);
        }
        else width = width.Or(Width.Zero);
        if (AtEnd || Peek != ')') throw Error("missing ), unterminated subpattern", open);
        _i++;
        _out.Append(')');
        return width;
    }

    private Width ScopedFlags(Scope scope, int open)
    {
        var flagsStart = _i;
        var add = ReadFlagLetters(allowGlobalOnly: false);
        var remove = 0;
        if (!AtEnd && Peek == '-')
        {
            _i++;
            if (AtEnd) throw Error("missing flag", _i);
            if (!IsFlagLetter(Peek)) throw Error("unknown flag", _i);
            while (!AtEnd && IsFlagLetter(Peek))
            {
                if (Peek is 'a' or 'u' or 'L') throw Error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", _i);
                remove |= FlagOf(Peek);
                _i++;
            }
        }
        if (AtEnd) throw Error("missing -, : or )", _i);
        if (Peek == ')')
        {
            if (remove != 0) throw Error("missing :", _i);
            throw Error("global flags not at the start of the expression", flagsStart - 2);
        }
        if (Peek != ':')
        {
            if (char.IsAsciiLetter(Peek)) throw Error("unknown flag", _i);
            throw Error("missing -, : or )", _i);
        }
        _i++;
        var inner = scope;
        if ((add & RegexFlags.Ascii) != 0) inner = inner with { Ascii = true };
        if ((add & RegexFlags.Unicode) != 0) inner = inner with { Ascii = false };
        if ((add & RegexFlags.Verbose) != 0) inner = inner with { Verbose = true };
        if ((remove & RegexFlags.Verbose) != 0) inner = inner with { Verbose = false };
        var on = DotNetFlags(add);
        var off = DotNetFlags(remove);
        var prefix = on.Length == 0 && off.Length == 0 ? "(?:" : "(?" + on + (off.Length > 0 ? "-" + off : "") + ":";
        return Enclosed(prefix, inner, open);
    }

    private static string DotNetFlags(int flags) =>
        ((flags & RegexFlags.IgnoreCase) != 0 ? "i" : "") + ((flags & RegexFlags.Multiline) != 0 ? "m" : "") +
        ((flags & RegexFlags.DotAll) != 0 ? "s" : "");
}
