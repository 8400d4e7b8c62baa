from datetime import datetime, date, timezone
naive = datetime(2020, 1, 1)
aware = datetime(2020, 1, 1, tzinfo=timezone.utc)
print(naive == aware, naive != aware, date(2020, 1, 1) == naive)
try:
    naive - aware
except TypeError as e:
    print("TypeError:", e)
try:
    date(2020, 1, 1) < naive
except TypeError as e:
    print("TypeError:", e)
print(sorted([datetime(2024, 5, 1), datetime(2023, 1, 1, 23), datetime(2023, 1, 1, 22)]))
print(max(aware, datetime(2019, 12, 31, 23, tzinfo=timezone.utc)))
naive < aware
