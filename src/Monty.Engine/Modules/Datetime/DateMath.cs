using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Datetime;

/// <summary>Proleptic Gregorian calendar arithmetic (years 1..9999), as CPython's datetime does it.</summary>
internal static class DateMath
{
    public const int MinYear = 1;
    public const int MaxYear = 9999;
    public const long MaxOrdinal = 3652059;
    public const long UsPerSecond = 1_000_000;
    public const long UsPerDay = 86_400_000_000;

    public static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    public static readonly string[] MonthNames =
        ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static bool IsLeap(int year) => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);

    public static int DaysInMonth(int year, int month) => month == 2 && IsLeap(year) ? 29 : DaysIn[month];

    private static readonly int[] DaysIn = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    public static int DaysBeforeMonth(int year, int month)
    {
        var days = 0;
        for (var m = 1; m < month; m++) days += DaysIn[m];
        return month > 2 && IsLeap(year) ? days + 1 : days;
    }

    public static long ToOrdinal(int year, int month, int day)
    {
        long y = year - 1;
        return y * 365 + y / 4 - y / 100 + y / 400 + DaysBeforeMonth(year, month) + day;
    }

    public static (int Year, int Month, int Day) FromOrdinal(long ordinal)
    {
        var n = ordinal - 1;
        var n400 = n / 146097;
        n %= 146097;
        var n100 = n / 36524;
        n %= 36524;
        var n4 = n / 1461;
        n %= 1461;
        var n1 = n / 365;
        n %= 365;
        var year = (int)(n400 * 400 + 1 + n100 * 100 + n4 * 4 + n1);
        if (n1 == 4 || n100 == 4) return (year - 1, 12, 31);
        var month = 1;
        while (month < 12 && DaysBeforeMonth(year, month + 1) <= n) month++;
        return (year, month, (int)(n - DaysBeforeMonth(year, month)) + 1);
    }

    /// <summary>0 = Monday, as date.weekday().</summary>
    public static int Weekday(long ordinal) => (int)((ordinal + 6) % 7);

    public static void CheckDate(long year, long month, long day)
    {
        if (year < MinYear || year > MaxYear) throw PyErrors.ValueError($"year {year} is out of range");
        if (month < 1 || month > 12) throw PyErrors.ValueError("month must be in 1..12");
        if (day < 1 || day > DaysInMonth((int)year, (int)month)) throw PyErrors.ValueError("day is out of range for month");
    }

    public static void CheckTime(long hour, long minute, long second, long microsecond, long fold)
    {
        if (hour < 0 || hour > 23) throw PyErrors.ValueError("hour must be in 0..23");
        if (minute < 0 || minute > 59) throw PyErrors.ValueError("minute must be in 0..59");
        if (second < 0 || second > 59) throw PyErrors.ValueError("second must be in 0..59");
        if (microsecond < 0 || microsecond > 999999) throw PyErrors.ValueError("microsecond must be in 0..999999");
        if (fold is not (0 or 1)) throw PyErrors.ValueError("fold must be either 0 or 1");
    }

    /// <summary>The Monday starting ISO week 1 of the year, as an ordinal.</summary>
    public static long IsoWeek1Monday(int year)
    {
        var firstDay = ToOrdinal(year, 1, 1);
        var firstWeekday = (firstDay + 6) % 7;
        var monday = firstDay - firstWeekday;
        if (firstWeekday > 3) monday += 7;
        return monday;
    }

    public static (int Year, int Week, int Weekday) IsoCalendar(int year, long ordinal)
    {
        var monday = IsoWeek1Monday(year);
        var diff = ordinal - monday;
        if (diff < 0)
        {
            year--;
            diff = ordinal - IsoWeek1Monday(year);
        }
        else if (diff / 7 >= 52 && ordinal >= IsoWeek1Monday(year + 1))
        {
            year++;
            diff = ordinal - IsoWeek1Monday(year);
        }
        return (year, (int)(diff / 7) + 1, (int)(diff % 7) + 1);
    }
}
