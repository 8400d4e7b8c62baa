import datetime
# Year boundaries are where ISO weeks differ from calendar years.
for year in range(2015, 2027):
    for month, day in [(1, 1), (1, 4), (12, 28), (12, 31)]:
        d = datetime.date(year, month, day)
        iso = d.isocalendar()
        back = datetime.date.fromisocalendar(*iso)
        print(d, iso, back == d, iso.week == d.isocalendar()[1])
weeks = {}
for offset in range(0, 60):
    day = datetime.date(2026, 12, 1) + datetime.timedelta(days=offset)
    weeks.setdefault(day.isocalendar()[:2], []).append(day.isocalendar().weekday)
for key in sorted(weeks):
    print(key, weeks[key])
