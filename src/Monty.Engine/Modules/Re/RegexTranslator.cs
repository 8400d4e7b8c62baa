using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Monty.Engine.Formatting;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Re;

/// <summary>Translates Python 3.11 regular expression syntax to .NET syntax, validating it as
/// CPython's sre_parse does (same errors and positions). Differences it bridges: named groups
/// and (?P=name), \Z, Unicode and ASCII meanings of \d \w \s, possessive quantifiers, { as a
/// literal, x{,n}, verbose mode, characters outside the BMP (UTF-16 surrogate pairs).</summary>
internal sealed partial class RegexTranslator
{
    private const int Unbounded = int.MaxValue;
    private const int MaxNesting = 200;

    private readonly string _p;
    private readonly StringBuilder _out = new();
    private readonly List<KeyValuePair<string, int>> _names = [];
    private readonly HashSet<int> _openGroups = [];
    private int _i;
    private int _groups;
    private int _flags;
    private int _nesting;

    // For subjects with characters outside the BMP: '.', negated classes and \D \W \S take a
    // whole surrogate pair, as Python's code point matching does.
    private readonly bool _astral;
    private const string SurrogatePair = @"[\uD800-\uDBFF][\uDC00-\uDFFF]";

    private RegexTranslator(string pattern, int flags, bool astral)
    {
        _p = pattern;
        _flags = flags;
        _astral = astral;
    }

    public static TranslatedPattern Translate(string pattern, int flags, bool astral = false)
    {
        if ((flags & RegexFlags.Locale) != 0) throw PyErrors.ValueError("cannot use LOCALE flag with a str pattern");
        if ((flags & RegexFlags.Ascii) != 0 && (flags & RegexFlags.Unicode) != 0)
            throw PyErrors.ValueError("ASCII and UNICODE flags are incompatible");
        var t = new RegexTranslator(pattern, flags, astral);
        var scope = new Scope((flags & RegexFlags.Ascii) != 0, (flags & RegexFlags.Verbose) != 0);
        t.LeadingGlobalFlags(ref scope);
        t.Alternation(scope);
        if (t._i < t._p.Length)
        {
            // Only an unbalanced ')' stops the top-level alternation early.
            throw t.Error("unbalanced parenthesis", t._i);
        }
        var options = RegexOptions.CultureInvariant;
        if ((t._flags & RegexFlags.IgnoreCase) != 0) options |= RegexOptions.IgnoreCase;
        if ((t._flags & RegexFlags.Multiline) != 0) options |= RegexOptions.Multiline;
        if ((t._flags & RegexFlags.DotAll) != 0) options |= RegexOptions.Singleline;
        var finalFlags = t._flags;
        if ((finalFlags & RegexFlags.Ascii) == 0) finalFlags |= RegexFlags.Unicode;
        return new TranslatedPattern(pattern, t._out.ToString(), options, finalFlags, t._groups, t._names);
    }

    /// <summary>Flags in effect inside a group: ASCII classes and verbose mode are handled
    /// here rather than by .NET.</summary>
    private readonly record struct Scope(bool Ascii, bool Verbose);

    private readonly record struct Width(int Min, int Max)
    {
        public static Width Zero => new(0, 0);
        public static Width One => new(1, 1);
        public Width Then(Width next) => new(Add(Min, next.Min), Add(Max, next.Max));
        public Width Or(Width other) => new(Math.Min(Min, other.Min), Math.Max(Max, other.Max));
        private static int Add(int a, int b) => a == Unbounded || b == Unbounded ? Unbounded : (int)Math.Min((long)a + b, Unbounded);
    }

    private PyException Error(string message, int utf16Index) =>
        RegexError.At(message, _p, PyText.CodePointIndex(_p, utf16Index));

    private bool AtEnd => _i >= _p.Length;

    private char Peek => _p[_i];

    /// <summary>The code point at the cursor (a surrogate pair counts as one) and its UTF-16 length.</summary>
    private int CodePoint(int at, out int length) => PyText.CodePointAt(_p, at, out length);

    // (?aiLmsux) at the very start set global flags, as several groups in a row may.
    private void LeadingGlobalFlags(ref Scope scope)
    {
        while (_i + 2 < _p.Length && _p[_i] == '(' && _p[_i + 1] == '?' && IsFlagLetter(_p[_i + 2]))
        {
            var save = _i;
            var j = _i + 2;
            while (j < _p.Length && IsFlagLetter(_p[j])) j++;
            if (j >= _p.Length || _p[j] != ')') return;
            _i = save + 2;
            var add = ReadFlagLetters(allowGlobalOnly: true);
            _i++; // ')'
            _flags |= add;
            scope = scope with { Ascii = scope.Ascii || (add & RegexFlags.Ascii) != 0, Verbose = scope.Verbose || (add & RegexFlags.Verbose) != 0 };
            if ((_flags & RegexFlags.Ascii) != 0 && (_flags & RegexFlags.Unicode) != 0)
                throw PyErrors.ValueError("ASCII and UNICODE flags are incompatible");
        }
    }

    private static bool IsFlagLetter(char c) => c is 'a' or 'i' or 'L' or 'm' or 's' or 'u' or 'x';

    private static int FlagOf(char c) => c switch
    {
        'a' => RegexFlags.Ascii,
        'i' => RegexFlags.IgnoreCase,
        'L' => RegexFlags.Locale,
        'm' => RegexFlags.Multiline,
        's' => RegexFlags.DotAll,
        'u' => RegexFlags.Unicode,
        'x' => RegexFlags.Verbose,
        _ => 0,
    };

    private int ReadFlagLetters(bool allowGlobalOnly)
    {
        var flags = 0;
        while (!AtEnd && IsFlagLetter(Peek))
        {
            if (Peek == 'L') throw Error("bad inline flags: cannot use 'L' flag with a str pattern", _i);
            flags |= FlagOf(Peek);
            _i++;
        }
        if ((flags & RegexFlags.Ascii) != 0 && (flags & RegexFlags.Unicode) != 0)
            throw Error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", _i);
        _ = allowGlobalOnly;
        return flags;
    }

    private Width Alternation(Scope scope)
    {
        var width = Sequence(scope);
        while (!AtEnd && Peek == '|')
        {
            _i++;
            _out.Append('|');
            width = width.Or(Sequence(scope));
        }
        return width;
    }

    private enum ItemKind { None, Anchor, Repeat, Atom }

    private Width Sequence(Scope scope)
    {
        var width = Width.Zero;
        while (true)
        {
            SkipVerbose(scope);
            if (AtEnd || Peek is '|' or ')') return width;
            var itemStart = _out.Length;
            var atomStart = _i;
            var (kind, atomWidth) = Atom(scope);
            SkipVerbose(scope);
            if (!AtEnd && IsQuantifierStart(out _))
            {
                if (kind == ItemKind.None) continue;
                if (kind == ItemKind.Anchor) throw Error("nothing to repeat", _i);
                atomWidth = Quantifier(scope, itemStart, atomWidth);
                SkipVerbose(scope);
                if (!AtEnd && IsQuantifierStart(out _)) throw Error("multiple repeat", _i);
            }
            _ = atomStart;
            width = width.Then(atomWidth);
        }
    }

    private void SkipVerbose(Scope scope)
    {
        if (!scope.Verbose) return;
        while (!AtEnd)
        {
            var c = Peek;
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v') _i++;
            else if (c == '#')
            {
                while (!AtEnd && Peek != '\n') _i++;
            }
            else return;
        }
    }

    /// <summary>Whether a quantifier starts at the cursor; a '{' that does not form {m,n} is a literal.</summary>
    private bool IsQuantifierStart(out int braceEnd)
    {
        braceEnd = -1;
        var c = Peek;
        if (c is '*' or '+' or '?') return true;
        if (c != '{') return false;
        var j = _i + 1;
        if (j < _p.Length && _p[j] == '}') return false;
        while (j < _p.Length && char.IsAsciiDigit(_p[j])) j++;
        if (j < _p.Length && _p[j] == ',')
        {
            j++;
            while (j < _p.Length && char.IsAsciiDigit(_p[j])) j++;
        }
        if (j >= _p.Length || _p[j] != '}') return false;
        braceEnd = j;
        return true;
    }

    private Width Quantifier(Scope scope, int itemStart, Width atom)
    {
        int min, max;
        var c = Peek;
        var qStart = _i;
        if (c == '*') { min = 0; max = Unbounded; _i++; }
        else if (c == '+') { min = 1; max = Unbounded; _i++; }
        else if (c == '?') { min = 0; max = 1; _i++; }
        else
        {
            IsQuantifierStart(out var end);
            var body = _p.AsSpan(_i + 1, end - _i - 1);
            var comma = body.IndexOf(',');
            var lo = comma < 0 ? body : body[..comma];
            var hi = comma < 0 ? body : body[(comma + 1)..];
            min = lo.Length == 0 ? 0 : ParseCount(lo);
            max = hi.Length == 0 ? Unbounded : ParseCount(hi);
            if (max < min) throw Error("min repeat greater than max repeat", _i + 1);
            _i = end + 1;
        }
        _ = qStart;
        // The quantified item must be a single .NET atom: wrap sequences (surrogate pairs, \k refs).
        var item = _out.ToString(itemStart, _out.Length - itemStart);
        var lazy = !AtEnd && Peek == '?';
        var possessive = !lazy && !AtEnd && Peek == '+';
        if (lazy || possessive) _i++;
        var q = min == 0 && max == Unbounded ? "*" : min == 1 && max == Unbounded ? "+" : min == 0 && max == 1 ? "?"
            : max == Unbounded ? $"{{{min},}}" : min == max ? $"{{{min}}}" : $"{{{min},{max}}}";
        _out.Length = itemStart;
        if (possessive) _out.Append("(?>(?:").Append(item).Append(')').Append(q).Append(')');
        else _out.Append("(?:").Append(item).Append(')').Append(q).Append(lazy ? "?" : "");
        _ = scope;
        long newMin = (long)atom.Min * min;
        long newMax = max == Unbounded || atom.Max == Unbounded ? (atom.Max == 0 ? 0 : Unbounded) : (long)atom.Max * max;
        return new Width((int)Math.Min(newMin, Unbounded), (int)Math.Min(newMax, Unbounded));
    }

    private static int ParseCount(ReadOnlySpan<char> digits)
    {
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n >= 4294967295L)
            throw PyErrors.OverflowError("the repetition number is too large");
        if (n > 100000) throw PyErrors.NotImplemented("repetition counts above 100000 are not supported by Monty");
        return (int)n;
    }

    private (ItemKind, Width) Atom(Scope scope)
    {
        var c = Peek;
        switch (c)
        {
            case '(':
                return Group(scope);
            case '[':
                Class(scope);
                return (ItemKind.Atom, Width.One);
            case '.':
                _i++;
                _out.Append(_astral ? "(?:" + SurrogatePair + "|.)" : ".");
                return (ItemKind.Atom, Width.One);
            case '^':
            case '$':
                _i++;
                _out.Append(c);
                return (ItemKind.Anchor, Width.Zero);
            case '\\':
                return Escape(scope);
            case '*' or '+' or '?':
                throw Error("nothing to repeat", _i);
            case '{' when IsQuantifierStart(out _):
                throw Error("nothing to repeat", _i);
            default:
                {
                    var cp = CodePoint(_i, out var len);
                    _i += len;
                    AppendLiteral(cp);
                    return (ItemKind.Atom, Width.One);
                }
        }
    }

    private void AppendLiteral(int cp)
    {
        if (cp > 0xFFFF)
        {
            _out.Append("(?:").Append(char.ConvertFromUtf32(cp)).Append(')');
            return;
        }
        var c = (char)cp;
        if ("\\*+?|{}[]()^$.#".Contains(c) || char.IsWhiteSpace(c) || char.IsControl(c))
            _out.Append("\\u").Append(cp.ToString("X4", CultureInfo.InvariantCulture));
        else _out.Append(c);
    }
}
