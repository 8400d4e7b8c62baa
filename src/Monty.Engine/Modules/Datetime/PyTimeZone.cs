using Monty.Engine.Objects;
using Monty.Engine.Runtime;

namespace Monty.Engine.Modules.Datetime;

/// <summary>datetime.timezone: a fixed offset from UTC with an optional name. Fixed offsets are the
/// only tzinfo scripts can have (no tz database in the sandbox, no tzinfo subclasses).</summary>
internal sealed class PyTimeZone : PyNativeValue
{
    public PyTimeZone(PyTimeDelta offset, string? name)
    {
        Offset = offset;
        Name = name;
    }

    public PyTimeDelta Offset { get; }

    public string? Name { get; }

    public static readonly PyTimeZone Utc = new(PyTimeDelta.Zero, null);

    public override PyType Type => DatetimeTypes.TimeZone;

    public long OffsetMicroseconds => Offset.TotalMicrosecondsLong;

    public static PyTimeZone Create(PyObject offset, PyObject? name)
    {
        if (offset is not PyTimeDelta td)
            throw PyErrors.TypeError($"timezone() argument 1 must be datetime.timedelta, not {offset.Type.Name}");
        string? text = null;
        if (name is not null)
            text = name is PyStr s ? s.Value : throw PyErrors.TypeError($"timezone() argument 2 must be str, not {name.Type.Name}");
        if (Math.Abs(td.TotalMicrosecondsLong) >= DateMath.UsPerDay)
            throw PyErrors.ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and " +
                $"timedelta(hours=24), not {td.ReprText()}.");
        if (text is null && td.TotalMicrosecondsLong == 0) return Utc;
        return new PyTimeZone(td, text);
    }

    /// <summary>tzname(): the given name, else "UTC" or "UTC+HH:MM[:SS[.ffffff]]".</summary>
    public string TzName()
    {
        if (Name is not null) return Name;
        var us = OffsetMicroseconds;
        if (us == 0) return "UTC";
        return "UTC" + FormatOffset(us, ":");
    }

    /// <summary>"+HH:MM", with seconds and microseconds only when present (as utcoffset formatting does).</summary>
    public static string FormatOffset(long us, string separator)
    {
        var sign = us < 0 ? '-' : '+';
        us = Math.Abs(us);
        var hours = us / 3_600_000_000;
        var minutes = us / 60_000_000 % 60;
        var seconds = us / 1_000_000 % 60;
        var micro = us % 1_000_000;
        var text = $"{sign}{hours:00}{separator}{minutes:00}";
        if (seconds != 0 || micro != 0) text += $"{separator}{seconds:00}";
        if (micro != 0) text += $".{micro:000000}";
        return text;
    }

    public override string ReprText()
    {
        if (ReferenceEquals(this, Utc)) return "datetime.timezone.utc";
        return Name is null ? $"datetime.timezone({Offset.ReprText()})" : $"datetime.timezone({Offset.ReprText()}, {Repr.Of(PyStr.Of(Name))})";
    }

    public override string StrText() => TzName();

    public override bool? EqualsValue(PyObject other) => other is PyTimeZone tz ? tz.OffsetMicroseconds == OffsetMicroseconds : null;

    public override long HashValue() => Offset.HashValue();
}
