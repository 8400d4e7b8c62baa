from datetime import datetime, date, time
print(datetime.fromisoformat("2024-05-06T07:08:09.123+02:00"), date.fromisoformat("2024-05-06"))
print(repr(time.fromisoformat("10:11")), repr(datetime.fromisoformat("2024-05-06")))
print(repr(datetime.fromisoformat("2024-05-06 07:08:09Z")), repr(datetime.fromisoformat("20240506T070809")))
print(repr(datetime.fromisoformat("2024-05-06T07:08:09.5")), repr(time.fromisoformat("01:02:03.004005-05:30")))
print(date.fromisoformat("2024-W10-3"), datetime.fromisoformat("2024-05-06T07").isoformat())
for s in ["xx", "2024-05-06T", "2024/05/06", "2024-05-06T07:08:09+2"]:
    try:
        datetime.fromisoformat(s)
    except ValueError as e:
        print("ValueError:", e)
date.fromisoformat("2020-01-01T00:00")
