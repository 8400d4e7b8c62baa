using System.Globalization;
using Monty.Engine.Parsing;

namespace Monty.Engine.Modules.Re;

/// <summary>Escapes outside and inside character classes, and the Python meanings of \d \w \s.</summary>
internal sealed partial class RegexTranslator
{
    // Python's \w is str.isalnum() plus '_' (no combining marks, unlike .NET's \w); \s is
    // str.isspace(), which includes \x1c-\x1f.
    private const string UnicodeWord = @"\p{L}\p{N}_";
    private const string UnicodeSpace = @"\s\x1c-\x1f";
    private const string AsciiWord = "a-zA-Z0-9_";
    private const string AsciiSpace = @" \t\n\r\f\v";
    private const string AsciiDigit = "0-9";
    private const string AsciiNonDigit = @"\x00-/:-\uFFFF";
    private const string AsciiNonWord = @"\x00-/:-@\[-\^`{-\uFFFF";
    private const string AsciiNonSpace = @"\x00-\x08\x0e-\x1f!-\uFFFF";

    private (ItemKind, Width) Escape(Scope scope)
    {
        var start = _i;
        _i++;
        if (AtEnd) throw Error("bad escape (end of pattern)", start);
        var c = Peek;
        switch (c)
        {
            case 'd' or 'D' or 'w' or 'W' or 's' or 'S':
                _i++;
                var set = ClassEscape(c, scope, insideClass: false);
                _out.Append(_astral && c is 'D' or 'W' or 'S' ? "(?:" + SurrogatePair + "|" + set + ")" : set);
                return (ItemKind.Atom, Width.One);
            case 'b' or 'B' or 'A':
                _i++;
                _out.Append('\\').Append(c);
                return (ItemKind.Anchor, Width.Zero);
            case 'Z':
                _i++;
                _out.Append(@"\z");
                return (ItemKind.Anchor, Width.Zero);
            case >= '1' and <= '9':
                return Backreference(start);
            default:
                AppendLiteral(CharEscape(start, insideClass: false));
                return (ItemKind.Atom, Width.One);
        }
    }

    private (ItemKind, Width) Backreference(int start)
    {
        // Three octal digits starting 0-3 are a character; otherwise one or two digits name a group.
        var j = _i;
        if (j + 2 < _p.Length && IsOctal(_p[j]) && IsOctal(_p[j + 1]) && IsOctal(_p[j + 2]) && _p[j] <= '3')
        {
            _i += 3;
            AppendLiteral(Convert.ToInt32(_p.Substring(j, 3), 8));
            return (ItemKind.Atom, Width.One);
        }
        var len = j + 1 < _p.Length && char.IsAsciiDigit(_p[j + 1]) ? 2 : 1;
        var number = int.Parse(_p.AsSpan(j, len), CultureInfo.InvariantCulture);
        _i += len;
        if (number > _groups) throw Error($"invalid group reference {number}", start + 1);
        if (_openGroups.Contains(number)) throw Error("cannot refer to an open group", start);
        _out.Append("\\k<").Append(number).Append('>');
        return (ItemKind.Atom, new Width(0, Unbounded));
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    private static string ClassEscape(char c, Scope scope, bool insideClass)
    {
        var body = (c, scope.Ascii) switch
        {
            ('d', false) => @"\d",
            ('D', false) => @"\D",
            ('d', true) => AsciiDigit,
            ('D', true) => AsciiNonDigit,
            ('w', false) => UnicodeWord,
            ('W', false) => insideClass ? @"\W" : "^" + UnicodeWord,
            ('w', true) => AsciiWord,
            ('W', true) => AsciiNonWord,
            ('s', false) => UnicodeSpace,
            ('S', false) => insideClass ? @"\S" : "^" + UnicodeSpace,
            ('s', true) => AsciiSpace,
            _ => AsciiNonSpace,
        };
        if (insideClass || body is @"\d" or @"\D") return body;
        return "[" + body + "]";
    }

    /// <summary>A single-character escape (\n, \x41, \u00e9, \N{...}, octal, escaped punctuation)
    /// as a code point; the cursor is on the character after the backslash.</summary>
    private int CharEscape(int start, bool insideClass)
    {
        var c = Peek;
        switch (c)
        {
            case 'a': _i++; return 7;
            case 'f': _i++; return '\f';
            case 'n': _i++; return '\n';
            case 'r': _i++; return '\r';
            case 't': _i++; return '\t';
            case 'v': _i++; return '\v';
            case 'b' when insideClass: _i++; return '\b';
            case 'x': return HexEscape(start, 2);
            case 'u': return HexEscape(start, 4);
            case 'U':
                {
                    var cp = HexEscape(start, 8);
                    if (cp > 0x10FFFF) throw Error($"bad escape {_p[start..(start + 10)]}", start);
                    return cp;
                }
            case 'N':
                return NamedEscape(start);
            case '0':
                {
                    // \0 plus up to two more octal digits.
                    var j = _i + 1;
                    while (j < _p.Length && j < _i + 3 && IsOctal(_p[j])) j++;
                    var value = Convert.ToInt32(_p[_i..j], 8);
                    _i = j;
                    return value;
                }
            case >= '1' and <= '7' when insideClass:
                {
                    var j = _i;
                    while (j < _p.Length && j < _i + 3 && IsOctal(_p[j])) j++;
                    var value = Convert.ToInt32(_p[_i..j], 8);
                    if (value > 0xFF) throw Error($"octal escape value \\{_p[_i..j]} outside of range 0-0o377", start);
                    _i = j;
                    return value;
                }
        }
        if (char.IsAsciiLetterOrDigit(c)) throw Error($"bad escape \\{c}", start);
        var cpLiteral = CodePoint(_i, out var len);
        _i += len;
        return cpLiteral;
    }

    private int HexEscape(int start, int digits)
    {
        var j = _i + 1;
        var value = 0;
        for (var k = 0; k < digits; k++, j++)
        {
            var d = j < _p.Length ? HexValue(_p[j]) : -1;
            if (d < 0) throw Error($"incomplete escape {_p[start..Math.Min(j, _p.Length)]}", start);
            value = value * 16 + d;
        }
        _i = j;
        return value;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private int NamedEscape(int start)
    {
        _i++;
        if (AtEnd || Peek != '{') throw Error("missing {", _i);
        var close = _p.IndexOf('}', _i);
        if (close < 0 || close == _i + 1) throw Error("missing character name", _i + 1);
        var name = _p[(_i + 1)..close];
        var cp = UnicodeNames.Lookup(name);
        if (cp < 0) throw Error($"undefined character name '{name}'", start);
        _i = close + 1;
        return cp;
    }
}
