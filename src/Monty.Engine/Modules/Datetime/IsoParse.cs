using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Datetime;

/// <summary>fromisoformat for date, datetime and time, accepting the ISO 8601 forms CPython 3.11
/// accepts: extended and basic dates (YYYY-MM-DD, YYYYMMDD, YYYY-Www-D), times HH[:MM[:SS[.f+]]],
/// and offsets Z or ±HH[:MM[:SS[.ffffff]]].</summary>
internal static class IsoParse
{
    public static PyDate Date(PyObject arg)
    {
        var s = Text(arg);
        if (s.Length is 7 or 8 or 10 && TryDate(s, out var y, out var m, out var d, out var used) && used == s.Length)
            return new PyDate(y, m, d);
        throw Invalid(s);
    }

    public static PyDateTime DateTime(PyObject arg)
    {
        var s = Text(arg);
        if (!TryDate(s, out var y, out var m, out var d, out var used)) throw Invalid(s);
        if (used == s.Length) return new PyDateTime(y, m, d, 0, 0, 0, 0, null);
        var rest = s[(used + 1)..];
        var (hour, minute, second, micro, tz) = ParseTime(rest, s);
        if (hour == 24)
        {
            // 24:00 is midnight of the next day.
            if (minute != 0 || second != 0 || micro != 0) throw Invalid(s);
            var next = PyDate.FromOrdinal(DateMath.ToOrdinal(y, m, d) + 1);
            return new PyDateTime(next.Year, next.Month, next.Day, 0, 0, 0, 0, tz);
        }
        return new PyDateTime(y, m, d, hour, minute, second, micro, tz);
    }

    public static PyTime Time(PyObject arg)
    {
        var s = Text(arg);
        var (hour, minute, second, micro, tz) = ParseTime(s.StartsWith('T') ? s[1..] : s, s);
        if (hour == 24) throw Invalid(s);
        return new PyTime(hour, minute, second, micro, tz);
    }

    private static string Text(PyObject arg) =>
        arg is PyStr s ? s.Value : throw PyErrors.TypeError("fromisoformat: argument must be str");

    private static PyException Invalid(string s) => PyErrors.ValueError($"Invalid isoformat string: {Repr.Of(PyStr.Of(s))}");

    private static bool Digits(string s, int start, int count, out int value)
    {
        value = 0;
        if (start + count > s.Length) return false;
        for (var i = start; i < start + count; i++)
        {
            if (s[i] is < '0' or > '9') return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    }

    private static bool TryDate(string s, out int year, out int month, out int day, out int used)
    {
        month = day = used = 0;
        if (!Digits(s, 0, 4, out year)) return false;
        var extended = s.Length > 4 && s[4] == '-';
        var p = extended ? 5 : 4;
        if (p < s.Length && s[p] == 'W')
        {
            if (!Digits(s, p + 1, 2, out var week)) return false;
            p += 3;
            var weekday = 1;
            if (p < s.Length && (!extended || s[p] == '-') && (extended ? Digits(s, p + 1, 1, out weekday) : Digits(s, p, 1, out weekday)))
                p += extended ? 2 : 1;
            if (week < 1 || week > 53 || weekday < 1 || weekday > 7) return false;
            var ordinal = DateMath.IsoWeek1Monday(year) + (week - 1) * 7 + weekday - 1;
            (year, month, day) = DateMath.FromOrdinal(ordinal);
            used = p;
            return true;
        }
        if (!Digits(s, p, 2, out month)) return false;
        p += 2;
        if (extended)
        {
            if (p >= s.Length || s[p] != '-') return false;
            p++;
        }
        if (!Digits(s, p, 2, out day)) return false;
        used = p + 2;
        DateMath.CheckDate(year, month, day);
        return true;
    }

    private static (int, int, int, int, PyTimeZone?) ParseTime(string t, string whole)
    {
        var tzStart = t.IndexOfAny(['+', '-', 'Z']);
        var clock = tzStart >= 0 ? t[..tzStart] : t;
        PyTimeZone? tz = null;
        if (tzStart >= 0) tz = ParseOffset(t[tzStart..], whole);
        int hour, minute = 0, second = 0, micro = 0;
        if (!Digits(clock, 0, 2, out hour)) throw Invalid(whole);
        var p = 2;
        var extended = clock.Length > 2 && clock[2] == ':';
        var parts = 1;
        while (p < clock.Length && parts < 3)
        {
            if (extended)
            {
                if (clock[p] != ':') break;
                p++;
            }
            if (!Digits(clock, p, 2, out var v)) throw Invalid(whole);
            if (parts == 1) minute = v; else second = v;
            p += 2;
            parts++;
        }
        if (p < clock.Length)
        {
            if (parts != 3 || clock[p] is not ('.' or ',')) throw Invalid(whole);
            var digits = clock[(p + 1)..];
            if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) throw Invalid(whole);
            micro = int.Parse(digits.Length > 6 ? digits[..6] : digits.PadRight(6, '0'));
        }
        if (hour > 24) throw PyErrors.ValueError("hour must be in 0..23");
        if (hour < 24) DateMath.CheckTime(hour, minute, second, micro, 0);
        return (hour, minute, second, micro, tz);
    }

    private static PyTimeZone ParseOffset(string z, string whole)
    {
        if (z == "Z") return PyTimeZone.Utc;
        var sign = z[0] == '-' ? -1 : 1;
        var body = z[1..];
        var (h, m, s, us) = (0, 0, 0, 0);
        if (!Digits(body, 0, 2, out h)) throw Invalid(whole);
        var p = 2;
        var sep = body.Length > 2 && body[2] == ':';
        if (p < body.Length)
        {
            if (sep) p++;
            if (!Digits(body, p, 2, out m)) throw Invalid(whole);
            p += 2;
        }
        if (p < body.Length)
        {
            if (sep) p++;
            if (!Digits(body, p, 2, out s)) throw Invalid(whole);
            p += 2;
        }
        if (p < body.Length)
        {
            if (body[p] != '.' || !Digits(body, p + 1, body.Length - p - 1, out us) || body.Length - p - 1 != 6) throw Invalid(whole);
            p = body.Length;
        }
        var total = sign * (((h * 60L + m) * 60 + s) * DateMath.UsPerSecond + us);
        if (Math.Abs(total) >= DateMath.UsPerDay) throw Invalid(whole);
        return PyTimeZone.Create(PyTimeDelta.FromMicroseconds(total), null);
    }
}
