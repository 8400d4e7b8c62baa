using Monty.Engine.Objects;

namespace Monty.Engine.Modules.Datetime;

/// <summary>The datetime module's types, process-wide like the builtin types. CPython's C names
/// ("datetime.date") are what its error messages show, so they are the type names here too.</summary>
internal static class DatetimeTypes
{
    public static readonly PyType TzInfo = new("datetime.tzinfo", PyTypes.Object);
    public static readonly PyType TimeZone = new("datetime.timezone", TzInfo, isBaseType: false);
    public static readonly PyType TimeDelta = new("datetime.timedelta", PyTypes.Object);
    public static readonly PyType Date = new("datetime.date", PyTypes.Object);
    public static readonly PyType DateTime = new("datetime.datetime", Date);
    public static readonly PyType Time = new("datetime.time", PyTypes.Object);

    public static PyType[] All => [TzInfo, TimeZone, TimeDelta, Date, DateTime, Time, IsoCalendarDate.Type];

    static DatetimeTypes() => DatetimeMethods.Register();
}
