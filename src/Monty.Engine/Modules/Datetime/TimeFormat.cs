using System.Text;
using Monty.Engine.Objects;

namespace Monty.Engine.Modules.Datetime;

/// <summary>strftime for date, datetime and time, producing what CPython gives on Linux (glibc).
/// time objects format as 1900-01-01; dates as midnight.</summary>
internal static class TimeFormat
{
    private readonly record struct Fields(int Year, int Month, int Day, int Hour, int Minute, int Second, int Microsecond, PyTimeZone? Tz);

    public static string Strftime(PyObject value, string format)
    {
        var f = value switch
        {
            PyDateTime dt => new Fields(dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Microsecond, dt.Tz),
            PyDate d => new Fields(d.Year, d.Month, d.Day, 0, 0, 0, 0, null),
            PyTime t => new Fields(1900, 1, 1, t.Hour, t.Minute, t.Second, t.Microsecond, t.Tz),
            _ => throw new ArgumentException("not a date or time", nameof(value)),
        };
        var sb = new StringBuilder(format.Length + 16);
        Append(sb, f, format);
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Fields f, string format)
    {
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                sb.Append(c);
                continue;
            }
            var code = format[++i];
            Directive(sb, f, code);
        }
    }

    private static void Directive(StringBuilder sb, Fields f, char code)
    {
        var ordinal = DateMath.ToOrdinal(f.Year, f.Month, f.Day);
        var weekday = DateMath.Weekday(ordinal);
        var yearDay = (int)(ordinal - DateMath.ToOrdinal(f.Year, 1, 1)) + 1;
        switch (code)
        {
            case 'Y': sb.Append(f.Year); break;
            case 'y': sb.Append((f.Year % 100).ToString("00")); break;
            case 'C': sb.Append((f.Year / 100).ToString("00")); break;
            case 'm': sb.Append(f.Month.ToString("00")); break;
            case 'd': sb.Append(f.Day.ToString("00")); break;
            case 'e': sb.Append(f.Day.ToString().PadLeft(2)); break;
            case 'H': sb.Append(f.Hour.ToString("00")); break;
            case 'I': sb.Append((f.Hour % 12 == 0 ? 12 : f.Hour % 12).ToString("00")); break;
            case 'M': sb.Append(f.Minute.ToString("00")); break;
            case 'S': sb.Append(f.Second.ToString("00")); break;
            case 'f': sb.Append(f.Microsecond.ToString("000000")); break;
            case 'p': sb.Append(f.Hour < 12 ? "AM" : "PM"); break;
            case 'a': sb.Append(DateMath.DayNames[weekday][..3]); break;
            case 'A': sb.Append(DateMath.DayNames[weekday]); break;
            case 'b' or 'h': sb.Append(DateMath.MonthNames[f.Month][..3]); break;
            case 'B': sb.Append(DateMath.MonthNames[f.Month]); break;
            case 'j': sb.Append(yearDay.ToString("000")); break;
            case 'w': sb.Append((weekday + 1) % 7); break;
            case 'u': sb.Append(weekday + 1); break;
            case 'U': sb.Append(((yearDay + 6 - (weekday + 1) % 7) / 7).ToString("00")); break;
            case 'W': sb.Append(((yearDay + 6 - weekday) / 7).ToString("00")); break;
            case 'G': sb.Append(DateMath.IsoCalendar(f.Year, ordinal).Year); break;
            case 'V': sb.Append(DateMath.IsoCalendar(f.Year, ordinal).Week.ToString("00")); break;
            case 'z': if (f.Tz is not null) sb.Append(PyTimeZone.FormatOffset(f.Tz.OffsetMicroseconds, "")); break;
            case 'Z': if (f.Tz is not null) sb.Append(f.Tz.TzName()); break;
            case 'c': Append(sb, f, "%a %b %e %H:%M:%S %Y"); break;
            case 'x' or 'D': Append(sb, f, "%m/%d/%y"); break;
            case 'X' or 'T': Append(sb, f, "%H:%M:%S"); break;
            case 'F': Append(sb, f, "%Y-%m-%d"); break;
            case 'R': Append(sb, f, "%H:%M"); break;
            case 'n': sb.Append('\n'); break;
            case 't': sb.Append('\t'); break;
            case '%': sb.Append('%'); break;
            default: sb.Append('%').Append(code); break;
        }
    }
}
