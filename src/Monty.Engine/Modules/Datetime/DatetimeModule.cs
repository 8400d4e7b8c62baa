using Monty.Engine.Objects;

namespace Monty.Engine.Modules.Datetime;

/// <summary>The datetime module: date, time, datetime, timedelta and fixed-offset timezones.
/// Clock readings (now, today, utcnow) need the host's clock grant; the sandbox has no local
/// timezone, so naive datetimes convert as UTC (timestamp, astimezone, fromtimestamp without tz).</summary>
internal static class DatetimeModule
{
    public static PyModule Create()
    {
        var module = new PyModule("datetime");
        module.Dict["date"] = DatetimeTypes.Date;
        module.Dict["datetime"] = DatetimeTypes.DateTime;
        module.Dict["time"] = DatetimeTypes.Time;
        module.Dict["timedelta"] = DatetimeTypes.TimeDelta;
        module.Dict["timezone"] = DatetimeTypes.TimeZone;
        module.Dict["tzinfo"] = DatetimeTypes.TzInfo;
        module.Dict["MINYEAR"] = PyInt.Get(DateMath.MinYear);
        module.Dict["MAXYEAR"] = PyInt.Get(DateMath.MaxYear);
        module.Dict["UTC"] = PyTimeZone.Utc;
        return module;
    }
}
