using System.Text;
using System.Text.RegularExpressions;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Datetime;

/// <summary>datetime.strptime, following CPython's _strptime: the format becomes a regular expression
/// (one named group per directive), matched case-insensitively from the start of the text.</summary>
internal static class TimeParse
{
    private static readonly Dictionary<char, string> Patterns = new()
    {
        ['d'] = @"(?<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])",
        ['f'] = @"(?<f>[0-9]{1,6})",
        ['H'] = @"(?<H>2[0-3]|[0-1]\d|\d)",
        ['I'] = @"(?<I>1[0-2]|0[1-9]|[1-9])",
        ['G'] = @"(?<G>\d\d\d\d)",
        ['j'] = @"(?<j>36[0-6]|3[0-5]\d|[1-2]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        ['m'] = @"(?<m>1[0-2]|0[1-9]|[1-9])",
        ['M'] = @"(?<M>[0-5]\d|\d)",
        ['S'] = @"(?<S>6[0-1]|[0-5]\d|\d)",
        ['U'] = @"(?<U>5[0-3]|[0-4]\d|\d)",
        ['W'] = @"(?<W>5[0-3]|[0-4]\d|\d)",
        ['w'] = @"(?<w>[0-6])",
        ['u'] = @"(?<u>[1-7])",
        ['V'] = @"(?<V>5[0-3]|0[1-9]|[1-4]\d|\d)",
        ['y'] = @"(?<y>\d\d)",
        ['Y'] = @"(?<Y>\d\d\d\d)",
        ['z'] = @"(?<z>[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z))",
        ['A'] = Names("A", DateMath.DayNames.Select(n => n.ToLowerInvariant())),
        ['a'] = Names("a", DateMath.DayNames.Select(n => n[..3].ToLowerInvariant())),
        ['B'] = Names("B", DateMath.MonthNames.Skip(1).Select(n => n.ToLowerInvariant())),
        ['b'] = Names("b", DateMath.MonthNames.Skip(1).Select(n => n[..3].ToLowerInvariant())),
        ['p'] = "(?<p>am|pm)",
        ['Z'] = "(?<Z>utc|gmt)",
        ['%'] = "%",
    };

    private static string Names(string group, IEnumerable<string> names) =>
        $"(?<{group}>{string.Join("|", names.OrderByDescending(n => n.Length))})";

    private static readonly Dictionary<char, string> Composites = new()
    {
        ['c'] = "%a %b %d %H:%M:%S %Y",
        ['x'] = "%m/%d/%y",
        ['X'] = "%H:%M:%S",
    };

    public static PyDateTime Parse(string text, string format)
    {
        var regex = new Regex("^" + Translate(format, format), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var match = regex.Match(text);
        if (!match.Success)
            throw PyErrors.ValueError($"time data {Repr.Of(PyStr.Of(text))} does not match format {Repr.Of(PyStr.Of(format))}");
        if (match.Length != text.Length) throw PyErrors.ValueError($"unconverted data remains: {text[match.Length..]}");
        return Build(match);
    }

    private static string Translate(string format, string whole)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == '%')
            {
                if (i + 1 >= format.Length) throw PyErrors.ValueError($"stray % in format {Repr.Of(PyStr.Of(whole))}");
                var code = format[++i];
                if (Patterns.TryGetValue(code, out var pattern)) sb.Append(pattern);
                else if (Composites.TryGetValue(code, out var composite)) sb.Append(Translate(composite, whole));
                else throw PyErrors.ValueError($"{Repr.Of(PyStr.Of(code.ToString()))} is a bad directive in format {Repr.Of(PyStr.Of(whole))}");
            }
            else if (char.IsWhiteSpace(c))
            {
                while (i + 1 < format.Length && char.IsWhiteSpace(format[i + 1])) i++;
                sb.Append(@"\s+");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }
        return sb.ToString();
    }

    private static PyDateTime Build(Match m)
    {
        string? G(string name) => m.Groups[name].Success ? m.Groups[name].Value : null;
        var year = 1900;
        int month = 1, day = 1, hour = 0, minute = 0, second = 0, micro = 0;
        var julian = -1;
        if (G("y") is { } y)
        {
            year = int.Parse(y);
            year += year <= 68 ? 2000 : 1900;
        }
        if (G("Y") is { } yy) year = int.Parse(yy);
        if (G("m") is { } mm) month = int.Parse(mm);
        if (G("B") is { } bb) month = Array.FindIndex(DateMath.MonthNames, n => n.Equals(bb, StringComparison.OrdinalIgnoreCase));
        if (G("b") is { } b) month = Array.FindIndex(DateMath.MonthNames, n => n.Length > 0 && n[..3].Equals(b, StringComparison.OrdinalIgnoreCase));
        if (G("d") is { } dd) day = int.Parse(dd.Trim());
        if (G("H") is { } hh) hour = int.Parse(hh);
        if (G("I") is { } ii)
        {
            hour = int.Parse(ii);
            var pm = G("p")?.Equals("pm", StringComparison.OrdinalIgnoreCase) ?? false;
            if (pm) { if (hour != 12) hour += 12; }
            else if (hour == 12) hour = 0;
        }
        if (G("M") is { } mi) minute = int.Parse(mi);
        if (G("S") is { } ss) second = int.Parse(ss);
        if (G("f") is { } ff) micro = int.Parse(ff.PadRight(6, '0'));
        if (G("j") is { } jj) julian = int.Parse(jj);
        PyTimeZone? tz = null;
        if (G("z") is { } z) tz = ParseOffset(z);
        if (julian > 0 && G("m") is null && G("B") is null && G("b") is null && G("d") is null)
        {
            var (py, pm2, pd) = DateMath.FromOrdinal(DateMath.ToOrdinal(year, 1, 1) + julian - 1);
            (year, month, day) = (py, pm2, pd);
        }
        DateMath.CheckDate(year, month, day);
        DateMath.CheckTime(hour, minute, second, micro, 0);
        return new PyDateTime(year, month, day, hour, minute, second, micro, tz);
    }

    private static PyTimeZone ParseOffset(string z)
    {
        if (z is "Z" or "z") return PyTimeZone.Utc;
        var sign = z[0] == '-' ? -1 : 1;
        var body = z[1..].Replace(":", "");
        var hours = int.Parse(body[..2]);
        var minutes = int.Parse(body[2..4]);
        var seconds = body.Length >= 6 ? int.Parse(body[4..6]) : 0;
        var micro = body.Length > 7 ? int.Parse(body[7..].PadRight(6, '0')) : 0;
        var us = sign * (((hours * 60L + minutes) * 60 + seconds) * DateMath.UsPerSecond + micro);
        return PyTimeZone.Create(PyTimeDelta.FromMicroseconds(us), null);
    }
}
