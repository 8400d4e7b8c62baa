using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Datetime;

/// <summary>datetime.time: a time of day with an optional fixed-offset timezone.</summary>
internal sealed class PyTime(int hour, int minute, int second, int microsecond, PyTimeZone? tz, int fold = 0) : PyNativeValue
{
    public int Hour { get; } = hour;

    public int Minute { get; } = minute;

    public int Second { get; } = second;

    public int Microsecond { get; } = microsecond;

    public PyTimeZone? Tz { get; } = tz;

    public int Fold { get; } = fold;

    public override PyType Type => DatetimeTypes.Time;

    private long Micros => ((Hour * 60L + Minute) * 60 + Second) * DateMath.UsPerSecond + Microsecond - (Tz?.OffsetMicroseconds ?? 0);

    /// <summary>HH:MM:SS[.ffffff] as isoformat's timespec asks.</summary>
    public static string FormatClock(int hour, int minute, int second, int microsecond, string timespec) => timespec switch
    {
        "auto" => microsecond != 0 ? $"{hour:00}:{minute:00}:{second:00}.{microsecond:000000}" : $"{hour:00}:{minute:00}:{second:00}",
        "hours" => $"{hour:00}",
        "minutes" => $"{hour:00}:{minute:00}",
        "seconds" => $"{hour:00}:{minute:00}:{second:00}",
        "milliseconds" => $"{hour:00}:{minute:00}:{second:00}.{microsecond / 1000:000}",
        "microseconds" => $"{hour:00}:{minute:00}:{second:00}.{microsecond:000000}",
        _ => throw PyErrors.ValueError("Unknown timespec value"),
    };

    public string IsoFormat(string timespec) =>
        FormatClock(Hour, Minute, Second, Microsecond, timespec) + (Tz is null ? "" : PyTimeZone.FormatOffset(Tz.OffsetMicroseconds, ":"));

    public override string ReprText()
    {
        var text = $"datetime.time({Hour}, {Minute}";
        if (Microsecond != 0) text += $", {Second}, {Microsecond}";
        else if (Second != 0) text += $", {Second}";
        if (Fold != 0) text += ", fold=1";
        if (Tz is not null) text += $", tzinfo={Tz.ReprText()}";
        return text + ")";
    }

    public override string StrText() => IsoFormat("auto");

    public override string? Format(string spec) => TimeFormat.Strftime(this, spec);

    public override bool IsTruthy => true;

    public override long HashValue() => Hashing.HashLong(Micros);

    public override bool? EqualsValue(PyObject other) => other switch
    {
        PyTime t when (t.Tz is null) != (Tz is null) => false,
        PyTime t => t.Micros == Micros,
        _ => null,
    };

    public override int? CompareTo(PyObject other) => other switch
    {
        PyTime t when (t.Tz is null) != (Tz is null) => throw PyErrors.TypeError("can't compare offset-naive and offset-aware times"),
        PyTime t => Micros.CompareTo(t.Micros),
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
        _ => null,
    };
}
