using System.Numerics;
using Monty.Engine.Builtins;
using Monty.Engine.Objects;
using Monty.Engine.Runtime;
using static Monty.Engine.Modules.Datetime.DatetimeArgs;

namespace Monty.Engine.Modules.Datetime;

/// <summary>Constructors, methods and class attributes of the datetime types.</summary>
internal static class DatetimeMethods
{
    private static readonly string[] DeltaNames = ["days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"];
    private static readonly long[] DeltaUnits = [DateMath.UsPerDay, DateMath.UsPerSecond, 1, 1000, 60_000_000, 3_600_000_000, 7 * DateMath.UsPerDay];
    private static readonly string[] TimeNames = ["hour", "minute", "second", "microsecond", "tzinfo", "fold"];
    private static readonly string[] DateTimeNames = ["year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold"];

    public static void Register()
    {
        RegisterTimeDelta(DatetimeTypes.TimeDelta);
        RegisterTimeZone(DatetimeTypes.TimeZone);
        RegisterDate(DatetimeTypes.Date);
        RegisterDateTime(DatetimeTypes.DateTime);
        RegisterTime(DatetimeTypes.Time);
    }

    private static void RegisterTimeDelta(PyType type)
    {
        type.Constructor = (_, args, kw) => NewTimeDelta(args, kw);
        TypeSetup.Method(type, "total_seconds", (a, k) => Self<PyTimeDelta>(a, "total_seconds").TotalSeconds());
        type.Dict["min"] = PyTimeDelta.FromParts(-PyTimeDelta.MaxDays, 0, 0);
        type.Dict["max"] = PyTimeDelta.FromParts(PyTimeDelta.MaxDays, 86399, 999999);
        type.Dict["resolution"] = PyTimeDelta.FromParts(0, 0, 1);
    }

    private static PyObject NewTimeDelta(PyObject[] args, KeywordArgs? kw)
    {
        var values = MethodArgs.Parse("timedelta", args, 0, kw, DeltaNames, 7, 0);
        BigInteger num = 0, den = 1;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (v is null) continue;
            switch (v)
            {
                case PyInt or PyBigInt:
                    num += Numbers.ToBig(v) * DeltaUnits[i] * den;
                    break;
                case PyFloat f:
                    {
                        var (n, d) = PyTimeDelta.Ratio(f.Value);
                        num = num * d + n * DeltaUnits[i] * den;
                        den *= d;
                        break;
                    }
                default:
                    throw PyErrors.TypeError($"unsupported type for timedelta {DeltaNames[i]} component: {v.Type.Name}");
            }
        }
        return PyTimeDelta.FromMicroseconds(PyTimeDelta.RoundHalfEven(num, den));
    }

    private static void RegisterTimeZone(PyType type)
    {
        type.Constructor = (_, args, kw) =>
        {
            var v = MethodArgs.Parse("timezone", args, 0, kw, ["offset", "name"], 2, 1);
            return PyTimeZone.Create(v[0]!, v[1]);
        };
        TypeSetup.Method(type, "utcoffset", (a, k) => Self<PyTimeZone>(a, "utcoffset").Offset);
        TypeSetup.Method(type, "tzname", (a, k) => PyStr.Of(Self<PyTimeZone>(a, "tzname").TzName()));
        TypeSetup.Method(type, "dst", (a, k) => PySingleton.None);
        type.Dict["utc"] = PyTimeZone.Utc;
        type.Dict["min"] = new PyTimeZone(PyTimeDelta.FromParts(0, -(23 * 3600 + 59 * 60), 0), null);
        type.Dict["max"] = new PyTimeZone(PyTimeDelta.FromParts(0, 23 * 3600 + 59 * 60, 0), null);
    }

    private static void RegisterDate(PyType type)
    {
        type.Constructor = (_, args, kw) =>
        {
            var v = MethodArgs.Parse("date", args, 0, kw, ["year", "month", "day"], 3, 3);
            var (y, m, d) = (Int(v[0]), Int(v[1]), Int(v[2]));
            DateMath.CheckDate(y, m, d);
            return new PyDate((int)y, (int)m, (int)d);
        };
        TypeSetup.Method(type, "weekday", (a, k) => PyInt.Get(DateMath.Weekday(Self<PyDate>(a, "weekday").Ordinal)));
        TypeSetup.Method(type, "isoweekday", (a, k) => PyInt.Get(DateMath.Weekday(Self<PyDate>(a, "isoweekday").Ordinal) + 1));
        TypeSetup.Method(type, "toordinal", (a, k) => PyInt.Get(Self<PyDate>(a, "toordinal").Ordinal));
        TypeSetup.Method(type, "isocalendar", (a, k) =>
        {
            var d = Self<PyDate>(a, "isocalendar");
            var (y, w, wd) = DateMath.IsoCalendar(d.Year, d.Ordinal);
            return IsoCalendarDate.Make(y, w, wd);
        });
        TypeSetup.Method(type, "isoformat", (a, k) => PyStr.Of(new PyDate(Self<PyDate>(a, "isoformat").Year, ((PyDate)a[0]).Month, ((PyDate)a[0]).Day).IsoFormat()));
        TypeSetup.Method(type, "strftime", Strftime);
        TypeSetup.Method(type, "__format__", FormatMethod);
        TypeSetup.Method(type, "ctime", (a, k) => PyStr.Of(TimeFormat.Strftime(Self<PyDate>(a, "ctime"), "%a %b %e %H:%M:%S %Y")));
        TypeSetup.Method(type, "replace", (a, k) =>
        {
            var d = Self<PyDate>(a, "replace");
            var v = MethodArgs.Parse("replace", a, 1, k, ["year", "month", "day"], 3, 0);
            var (y, m, dd) = (Int(v[0], d.Year), Int(v[1], d.Month), Int(v[2], d.Day));
            DateMath.CheckDate(y, m, dd);
            return new PyDate((int)y, (int)m, (int)dd);
        });
        TypeSetup.StaticMethod(type, "today", (a, k) =>
        {
            var now = HostAccess.Now("date.today()").DateTime;
            return new PyDate(now.Year, now.Month, now.Day);
        });
        TypeSetup.StaticMethod(type, "fromordinal", (a, k) => DateFromOrdinal(a, k));
        TypeSetup.StaticMethod(type, "fromisoformat", (a, k) =>
        {
            NativeArgs.Count("fromisoformat", a, 1, 1);
            return IsoParse.Date(a[0]);
        });
        TypeSetup.StaticMethod(type, "fromisocalendar", (a, k) =>
        {
            var v = MethodArgs.Parse("fromisocalendar", a, 0, k, ["year", "week", "day"], 3, 3);
            var (y, w, d) = (Int(v[0]), Int(v[1]), Int(v[2]));
            if (y < DateMath.MinYear || y > DateMath.MaxYear) throw PyErrors.ValueError($"Year is out of range: {y}");
            if (w < 1 || w > 53) throw PyErrors.ValueError($"Invalid week: {w}");
            if (d < 1 || d > 7) throw PyErrors.ValueError($"Invalid weekday: {d} (range is [1, 7])");
            return PyDate.FromOrdinal(DateMath.IsoWeek1Monday((int)y) + (w - 1) * 7 + d - 1);
        });
        TypeSetup.StaticMethod(type, "fromtimestamp", (a, k) =>
        {
            NativeArgs.Count("fromtimestamp", a, 1, 1);
            var dt = FromTimestamp(a[0], null);
            return new PyDate(dt.Year, dt.Month, dt.Day);
        });
        type.Dict["min"] = new PyDate(1, 1, 1);
        type.Dict["max"] = new PyDate(9999, 12, 31);
        type.Dict["resolution"] = PyTimeDelta.FromParts(1, 0, 0);
    }

    private static PyObject DateFromOrdinal(PyObject[] a, KeywordArgs? k)
    {
        NativeArgs.Count("fromordinal", a, 1, 1);
        var n = Int(a[0]);
        if (n < 1) throw PyErrors.ValueError("ordinal must be >= 1");
        return PyDate.FromOrdinal(n);
    }

    private static PyObject Strftime(PyObject[] a, KeywordArgs? k)
    {
        var v = MethodArgs.Parse("strftime", a, 1, k, ["format"], 1, 1);
        return PyStr.Of(TimeFormat.Strftime(a[0], Str(v[0]!, "strftime", 1)));
    }

    private static PyObject FormatMethod(PyObject[] a, KeywordArgs? k)
    {
        NativeArgs.MethodCount("__format__", a, 1, 1);
        var spec = Str(a[1], "__format__", 1);
        return PyStr.Of(spec.Length == 0 ? Repr.Str(a[0]) : TimeFormat.Strftime(a[0], spec));
    }

    private static void RegisterDateTime(PyType type)
    {
        type.Constructor = (_, args, kw) =>
        {
            var v = MethodArgs.Parse("datetime", args, 0, kw, DateTimeNames, 8, 3);
            return MakeDateTime(Int(v[0]), Int(v[1]), Int(v[2]), Int(v[3]), Int(v[4]), Int(v[5]), Int(v[6]), Tz(v[7]), Int(v[8]));
        };
        TypeSetup.Method(type, "date", (a, k) =>
        {
            var d = Self<PyDateTime>(a, "date");
            return new PyDate(d.Year, d.Month, d.Day);
        });
        TypeSetup.Method(type, "time", (a, k) =>
        {
            var d = Self<PyDateTime>(a, "time");
            return new PyTime(d.Hour, d.Minute, d.Second, d.Microsecond, null, d.Fold);
        });
        TypeSetup.Method(type, "timetz", (a, k) =>
        {
            var d = Self<PyDateTime>(a, "timetz");
            return new PyTime(d.Hour, d.Minute, d.Second, d.Microsecond, d.Tz, d.Fold);
        });
        TypeSetup.Method(type, "isoformat", (a, k) =>
        {
            var d = Self<PyDateTime>(a, "isoformat");
            var v = MethodArgs.Parse("isoformat", a, 1, k, ["sep", "timespec"], 2, 0);
            var sep = 'T';
            if (v[0] is { } s)
            {
                if (s is not PyStr { Value.Length: 1 } one)
                    throw PyErrors.TypeError($"isoformat() argument 1 must be a unicode character, not {MethodArgs.TypeNameOf(s)}");
                sep = one.Value[0];
            }
            return PyStr.Of(d.IsoFormat(sep, v[1] is null ? "auto" : Str(v[1]!, "isoformat", 2)));
        });
        TypeSetup.Method(type, "replace", (a, k) =>
        {
            var d = Self<PyDateTime>(a, "replace");
            var v = MethodArgs.Parse("replace", a, 1, k, DateTimeNames, 8, 0);
            return MakeDateTime(Int(v[0], d.Year), Int(v[1], d.Month), Int(v[2], d.Day), Int(v[3], d.Hour), Int(v[4], d.Minute),
                Int(v[5], d.Second), Int(v[6], d.Microsecond), v[7] is null ? d.Tz : Tz(v[7]), Int(v[8], d.Fold));
        });
        TypeSetup.Method(type, "timestamp", (a, k) =>
        {
            var d = Self<PyDateTime>(a, "timestamp");
            return new PyFloat(Arithmetic.TrueDivide(d.UtcMicroseconds - PyDateTime.Epoch.LocalMicroseconds, DateMath.UsPerSecond));
        });
        TypeSetup.Method(type, "utcoffset", (a, k) => (PyObject?)Self<PyDateTime>(a, "utcoffset").Tz?.Offset ?? PySingleton.None);
        TypeSetup.Method(type, "tzname", (a, k) =>
            Self<PyDateTime>(a, "tzname").Tz is { } tz ? PyStr.Of(tz.TzName()) : PySingleton.None);
        TypeSetup.Method(type, "dst", (a, k) => PySingleton.None);
        TypeSetup.Method(type, "astimezone", (a, k) =>
        {
            var d = Self<PyDateTime>(a, "astimezone");
            var v = MethodArgs.Parse("astimezone", a, 1, k, ["tz"], 1, 0);
            // The sandbox has no local timezone: naive datetimes and astimezone() use UTC.
            var tz = Tz(v[0]) ?? new PyTimeZone(PyTimeDelta.Zero, "UTC");
            return PyDateTime.FromLocalMicroseconds(d.UtcMicroseconds + tz.OffsetMicroseconds, tz);
        });
        TypeSetup.Method(type, "strftime", Strftime);
        TypeSetup.Method(type, "__format__", FormatMethod);
        TypeSetup.StaticMethod(type, "now", (a, k) =>
        {
            var v = MethodArgs.Parse("now", a, 0, k, ["tz"], 1, 0);
            var tz = Tz(v[0]);
            var now = HostAccess.Now("datetime.now()");
            if (tz is null) return FromClock(now.DateTime, null);
            return PyDateTime.FromLocalMicroseconds(FromClock(now.UtcDateTime, null).LocalMicroseconds + tz.OffsetMicroseconds, tz);
        });
        TypeSetup.StaticMethod(type, "today", (a, k) => FromClock(HostAccess.Now("datetime.today()").DateTime, null));
        TypeSetup.StaticMethod(type, "utcnow", (a, k) => FromClock(HostAccess.Now("datetime.utcnow()").UtcDateTime, null));
        TypeSetup.StaticMethod(type, "fromtimestamp", (a, k) =>
        {
            var v = MethodArgs.Parse("fromtimestamp", a, 0, k, ["timestamp", "tz"], 2, 1);
            return FromTimestamp(v[0]!, Tz(v[1]));
        });
        TypeSetup.StaticMethod(type, "utcfromtimestamp", (a, k) =>
        {
            NativeArgs.Count("utcfromtimestamp", a, 1, 1);
            return FromTimestamp(a[0], null);
        });
        TypeSetup.StaticMethod(type, "fromisoformat", (a, k) =>
        {
            NativeArgs.Count("fromisoformat", a, 1, 1);
            return IsoParse.DateTime(a[0]);
        });
        TypeSetup.StaticMethod(type, "fromordinal", (a, k) =>
        {
            var d = (PyDate)DateFromOrdinal(a, k);
            return new PyDateTime(d.Year, d.Month, d.Day, 0, 0, 0, 0, null);
        });
        TypeSetup.StaticMethod(type, "strptime", (a, k) =>
        {
            NativeArgs.NoKeywords("strptime", k);
            NativeArgs.Count("strptime", a, 2, 2);
            return TimeParse.Parse(Str(a[0], "strptime", 1), Str(a[1], "strptime", 2));
        });
        TypeSetup.StaticMethod(type, "combine", (a, k) =>
        {
            var v = MethodArgs.Parse("combine", a, 0, k, ["date", "time", "tzinfo"], 3, 2);
            if (v[0] is not PyDate d) throw PyErrors.TypeError($"combine() argument 1 must be datetime.date, not {MethodArgs.TypeNameOf(v[0]!)}");
            if (v[1] is not PyTime t) throw PyErrors.TypeError($"combine() argument 2 must be datetime.time, not {MethodArgs.TypeNameOf(v[1]!)}");
            var tz = v[2] is null ? t.Tz : Tz(v[2]);
            return new PyDateTime(d.Year, d.Month, d.Day, t.Hour, t.Minute, t.Second, t.Microsecond, tz, t.Fold);
        });
        type.Dict["min"] = new PyDateTime(1, 1, 1, 0, 0, 0, 0, null);
        type.Dict["max"] = new PyDateTime(9999, 12, 31, 23, 59, 59, 999999, null);
        type.Dict["resolution"] = PyTimeDelta.FromParts(0, 0, 1);
    }

    private static PyDateTime MakeDateTime(long y, long m, long d, long hh, long mm, long ss, long us, PyTimeZone? tz, long fold)
    {
        DateMath.CheckDate(y, m, d);
        DateMath.CheckTime(hh, mm, ss, us, fold);
        return new PyDateTime((int)y, (int)m, (int)d, (int)hh, (int)mm, (int)ss, (int)us, tz, (int)fold);
    }

    private static PyDateTime FromClock(DateTime t, PyTimeZone? tz) =>
        new(t.Year, t.Month, t.Day, t.Hour, t.Minute, t.Second, (int)(t.Ticks % TimeSpan.TicksPerSecond / 10), tz);

    /// <summary>fromtimestamp: microseconds rounded half to even, as CPython does. Without tz the
    /// result is naive UTC (the sandbox exposes no local timezone).</summary>
    private static PyDateTime FromTimestamp(PyObject ts, PyTimeZone? tz)
    {
        BigInteger us = ts switch
        {
            PyInt or PyBigInt => Numbers.ToBig(ts) * DateMath.UsPerSecond,
            PyFloat f => RoundFloat(f.Value),
            _ => throw PyErrors.TypeError($"'{ts.Type.Name}' object cannot be interpreted as an integer"),
        };
        var local = us + PyDateTime.Epoch.LocalMicroseconds + (tz?.OffsetMicroseconds ?? 0);
        if (local < 0 || local >= DateMath.MaxOrdinal * DateMath.UsPerDay)
            throw PyErrors.ValueError($"year {1970 + (long)(us / (DateMath.UsPerDay * 365))} is out of range");
        return PyDateTime.FromLocalMicroseconds((long)local, tz);
    }

    private static BigInteger RoundFloat(double seconds)
    {
        if (double.IsNaN(seconds)) throw PyErrors.ValueError("Invalid value NaN (not a number)");
        if (double.IsInfinity(seconds)) throw PyErrors.OverflowError("timestamp out of range for platform time_t");
        var (num, den) = PyTimeDelta.Ratio(seconds);
        return PyTimeDelta.RoundHalfEven(num * DateMath.UsPerSecond, den);
    }

    private static void RegisterTime(PyType type)
    {
        type.Constructor = (_, args, kw) =>
        {
            var v = MethodArgs.Parse("time", args, 0, kw, TimeNames, 5, 0);
            return MakeTime(Int(v[0]), Int(v[1]), Int(v[2]), Int(v[3]), Tz(v[4]), Int(v[5]));
        };
        TypeSetup.Method(type, "isoformat", (a, k) =>
        {
            var t = Self<PyTime>(a, "isoformat");
            var v = MethodArgs.Parse("isoformat", a, 1, k, ["timespec"], 1, 0);
            return PyStr.Of(t.IsoFormat(v[0] is null ? "auto" : Str(v[0]!, "isoformat", 1)));
        });
        TypeSetup.Method(type, "replace", (a, k) =>
        {
            var t = Self<PyTime>(a, "replace");
            var v = MethodArgs.Parse("replace", a, 1, k, TimeNames, 5, 0);
            return MakeTime(Int(v[0], t.Hour), Int(v[1], t.Minute), Int(v[2], t.Second), Int(v[3], t.Microsecond),
                v[4] is null ? t.Tz : Tz(v[4]), Int(v[5], t.Fold));
        });
        TypeSetup.Method(type, "utcoffset", (a, k) => (PyObject?)Self<PyTime>(a, "utcoffset").Tz?.Offset ?? PySingleton.None);
        TypeSetup.Method(type, "tzname", (a, k) => Self<PyTime>(a, "tzname").Tz is { } tz ? PyStr.Of(tz.TzName()) : PySingleton.None);
        TypeSetup.Method(type, "dst", (a, k) => PySingleton.None);
        TypeSetup.Method(type, "strftime", Strftime);
        TypeSetup.Method(type, "__format__", FormatMethod);
        TypeSetup.StaticMethod(type, "fromisoformat", (a, k) =>
        {
            NativeArgs.Count("fromisoformat", a, 1, 1);
            return IsoParse.Time(a[0]);
        });
        type.Dict["min"] = new PyTime(0, 0, 0, 0, null);
        type.Dict["max"] = new PyTime(23, 59, 59, 999999, null);
        type.Dict["resolution"] = PyTimeDelta.FromParts(0, 0, 1);
    }

    private static PyTime MakeTime(long hh, long mm, long ss, long us, PyTimeZone? tz, long fold)
    {
        DateMath.CheckTime(hh, mm, ss, us, fold);
        return new PyTime((int)hh, (int)mm, (int)ss, (int)us, tz, (int)fold);
    }
}
