from datetime import date, timedelta, datetime
cases = [
    lambda: timedelta(1) / 0, lambda: timedelta(1) // 0, lambda: timedelta(1) / timedelta(0),
    lambda: timedelta(1) % timedelta(0), lambda: timedelta(1) * float("nan"), lambda: date(2020, 1, 1) < 5,
    lambda: date(2020, 1, 1) + 5, lambda: timedelta(1) < 5, lambda: timedelta(1) + 5, lambda: 5 - timedelta(1),
    lambda: date(1, 1, 1) - timedelta(1), lambda: date(2020, 1, 1).foo, lambda: datetime(2020, 1, 1) * 2,
]
for f in cases:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(timedelta(1) == 1, date(2020, 1, 1) != "2020-01-01")
date(2020, 1, 1) - 1
