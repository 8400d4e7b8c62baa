from datetime import datetime
print(datetime.strptime("2024-02-29 13:45:01", "%Y-%m-%d %H:%M:%S"))
print(repr(datetime.strptime("03/Jan/24 1:05 PM +0200", "%d/%b/%y %I:%M %p %z")))
print(repr(datetime.strptime("Monday, March 4 2024", "%A, %B %d %Y")))
print(datetime.strptime("2024-060", "%Y-%j"), datetime.strptime("12.5", "%H.%f"))
print(repr(datetime.strptime("2024-05-06T07:08:09Z", "%Y-%m-%dT%H:%M:%S%z")))
print(datetime.strptime("  7   8", " %d %m"), datetime.strptime("99", "%y"), datetime.strptime("68", "%y"))
for text, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-12-01x", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2024", "%Q")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
datetime.strptime("10:99", "%H:%M")
