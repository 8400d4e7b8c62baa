using Monty.Engine.Objects;

namespace Monty.Engine.Modules.Datetime;

/// <summary>datetime.IsoCalendarDate, what isocalendar() returns: a named tuple of year, week and
/// weekday.</summary>
internal static class IsoCalendarDate
{
    public static readonly PyType Type =
        StructSequence.CreateType("datetime", "IsoCalendarDate", "datetime.IsoCalendarDate", ["year", "week", "weekday"]);

    public static PyTupleInstance Make(long year, long week, long day) =>
        StructSequence.Make(Type, [PyInt.Get(year), PyInt.Get(week), PyInt.Get(day)]);
}
