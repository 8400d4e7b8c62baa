from datetime import datetime, date, time, timedelta, timezone
d = date(2024, 1, 15)
dt = datetime(2024, 3, 10, 14, 5, 9, 120)
tz = timezone(timedelta(hours=1))
print(datetime.combine(d, time(8, 30)), dt.date(), dt.time(), repr(dt.replace(year=2020, tzinfo=tz)))
print(repr(datetime.combine(d, time(8, 30, tzinfo=tz))), repr(datetime.combine(d, time(1), tzinfo=timezone.utc)))
print(time(10, 30), repr(time(10, 30, 1, 5)), time(1, 2, 3).isoformat('milliseconds'), time(4, 5) < time(4, 6))
print(repr(time(1, 2, 3, tzinfo=tz).replace(hour=9)), repr(dt.timetz()), datetime.fromordinal(5))
schedule = {}
start = datetime(2024, 1, 30, 9)
for i in range(4):
    day = start + timedelta(days=i)
    schedule.setdefault(day.strftime("%A"), []).append(day.isoformat())
print(schedule)
print((datetime(2024, 3, 1) - datetime(2024, 2, 1)).days, (date(2025, 1, 1) - date(2024, 1, 1)).days)
