from datetime import date, datetime, time, timedelta, timezone
cases = [
    lambda: date(0, 1, 1), lambda: date(2020, 13, 1), lambda: date(2020, 2, 30), lambda: date(2020.0, 2, 3),
    lambda: datetime(2020, 1, 1, 24), lambda: datetime(2020, 1, 1, 1, 60), lambda: datetime(2020, 1, 1, 1, 1, 60),
    lambda: datetime(2020, 1, 1, 1, 1, 1, 10**6), lambda: datetime(2020, 1, 1, tzinfo=5), lambda: time(25),
    lambda: timedelta("1"), lambda: timedelta(days=1e9), lambda: timezone(timedelta(hours=24)), lambda: timezone(5),
    lambda: timezone(timedelta(hours=1), 5), lambda: date.fromordinal(0), lambda: datetime(2020, 1, 1).replace(month=13),
    lambda: datetime(2020, 1, 1).replace(foo=1), lambda: datetime(2020, 1, 1).strftime(5),
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
datetime(9999, 12, 31) + timedelta(1)
