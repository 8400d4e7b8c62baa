using Monty.Engine.Objects;
using Monty.Engine.Parsing.Ast;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Datetime;

/// <summary>datetime.datetime: a date, a time of day and an optional fixed-offset timezone.</summary>
internal sealed class PyDateTime : PyDate
{
    public PyDateTime(int year, int month, int day, int hour, int minute, int second, int microsecond, PyTimeZone? tz, int fold = 0)
        : base(year, month, day)
    {
        Hour = hour;
        Minute = minute;
        Second = second;
        Microsecond = microsecond;
        Tz = tz;
        Fold = fold;
    }

    public int Hour { get; }

    public int Minute { get; }

    public int Second { get; }

    public int Microsecond { get; }

    public PyTimeZone? Tz { get; }

    public int Fold { get; }

    public override PyType Type => DatetimeTypes.DateTime;

    public static readonly PyDateTime Epoch = new(1970, 1, 1, 0, 0, 0, 0, PyTimeZone.Utc);

    /// <summary>Microseconds since 0001-01-01T00:00 of the wall time (ignoring the offset).</summary>
    public long LocalMicroseconds => (Ordinal - 1) * DateMath.UsPerDay + TimeOfDayMicroseconds;

    public long TimeOfDayMicroseconds => ((Hour * 60L + Minute) * 60 + Second) * DateMath.UsPerSecond + Microsecond;

    /// <summary>The instant in UTC, for aware datetimes (naive ones: the wall time).</summary>
    public long UtcMicroseconds => LocalMicroseconds - (Tz?.OffsetMicroseconds ?? 0);

    public static PyDateTime FromLocalMicroseconds(long us, PyTimeZone? tz, int fold = 0)
    {
        if (us < 0 || us >= DateMath.MaxOrdinal * DateMath.UsPerDay) throw PyErrors.OverflowError("date value out of range");
        var (y, m, d) = DateMath.FromOrdinal(us / DateMath.UsPerDay + 1);
        var t = us % DateMath.UsPerDay;
        return new PyDateTime(y, m, d, (int)(t / 3_600_000_000), (int)(t / 60_000_000 % 60), (int)(t / 1_000_000 % 60), (int)(t % 1_000_000), tz, fold);
    }

    public PyDateTime With(PyTimeZone? tz) => new(Year, Month, Day, Hour, Minute, Second, Microsecond, tz, Fold);

    public string IsoFormat(char sep, string timespec) =>
        base.IsoFormat() + sep + PyTime.FormatClock(Hour, Minute, Second, Microsecond, timespec) + OffsetSuffix();

    public override string IsoFormat() => IsoFormat('T', "auto");

    private string OffsetSuffix() => Tz is null ? "" : PyTimeZone.FormatOffset(Tz.OffsetMicroseconds, ":");

    public override string ReprText()
    {
        var text = $"datetime.datetime({Year}, {Month}, {Day}, {Hour}, {Minute}";
        if (Microsecond != 0) text += $", {Second}, {Microsecond}";
        else if (Second != 0) text += $", {Second}";
        if (Fold != 0) text += ", fold=1";
        if (Tz is not null) text += $", tzinfo={Tz.ReprText()}";
        return text + ")";
    }

    public override string StrText() => IsoFormat(' ', "auto");

    public override long HashValue() => Hashing.HashLong(UtcMicroseconds);

    public override bool? EqualsValue(PyObject other) => other switch
    {
        PyDateTime d when (d.Tz is null) != (Tz is null) => false,
        PyDateTime d => d.UtcMicroseconds == UtcMicroseconds,
        PyDate => false,
        _ => null,
    };

    public override int? CompareTo(PyObject other) => other switch
    {
        PyDateTime d when (d.Tz is null) != (Tz is null) => throw PyErrors.TypeError("can't compare offset-naive and offset-aware datetimes"),
        PyDateTime d => UtcMicroseconds.CompareTo(d.UtcMicroseconds),
        PyDate => throw PyErrors.TypeError("can't compare datetime.datetime to datetime.date"),
        _ => null,
    };

    public override PyObject? Attribute(string name) => name switch
    {
        "hour" => PyInt.Get(Hour),
        "minute" => PyInt.Get(Minute),
        "second" => PyInt.Get(Second),
        "microsecond" => PyInt.Get(Microsecond),
        "tzinfo" => (PyObject?)Tz ?? PySingleton.None,
        "fold" => PyInt.Get(Fold),
        _ => base.Attribute(name),
    };

    public override PyObject? Binary(BinaryOp op, PyObject other, bool reflected)
    {
        switch (op)
        {
            case BinaryOp.Add when other is PyTimeDelta t:
                return Shift(t.TotalMicrosecondsLong);
            case BinaryOp.Sub when !reflected && other is PyTimeDelta t:
                return Shift(-t.TotalMicrosecondsLong);
            case BinaryOp.Sub when other is PyDateTime d:
                {
                    if ((d.Tz is null) != (Tz is null)) throw PyErrors.TypeError("can't subtract offset-naive and offset-aware datetimes");
                    var us = reflected ? d.UtcMicroseconds - UtcMicroseconds : UtcMicroseconds - d.UtcMicroseconds;
                    return PyTimeDelta.FromMicroseconds(us);
                }
            default:
                return null;
        }
    }

    private PyDateTime Shift(long us)
    {
        var local = LocalMicroseconds;
        var target = local + us;
        if ((us > 0 && target < local) || (us < 0 && target > local)) throw PyErrors.OverflowError("date value out of range");
        return FromLocalMicroseconds(target, Tz);
    }
}
