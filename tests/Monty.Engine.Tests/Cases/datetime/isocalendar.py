import datetime
d = datetime.date(2024, 1, 1)
c = d.isocalendar()
print(c, repr(c), str(c))
print(c.year, c.week, c.weekday, c[0], c[-1], c[:2], len(c))
y, w, wd = c
print(y, w, wd)
print(c == (2024, 1, 1), (2024, 1, 1) == c, c != (2024, 1, 2), hash(c) == hash((2024, 1, 1)))
print(type(c), type(c).__name__, isinstance(c, tuple))
print(datetime.datetime(2020, 12, 31, 5).isocalendar())
print(list(c), c + (9,), c.count(1), c.index(1))
print(sorted([datetime.date(2021, 1, 3).isocalendar(), c, (2023, 52, 7)]))
print({c: 1}[(2024, 1, 1)], f"{c}", "%s" % (c,))
print(max(c), sum(c), 2024 in c, c < (2024, 1, 2))
