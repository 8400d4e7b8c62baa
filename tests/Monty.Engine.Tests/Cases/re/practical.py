import re
log = """2024-01-05 ERROR disk full on /dev/sda1
2024-01-05 INFO started job=42 user=alice
2024-01-06 WARN slow response 1234ms
2024-01-07 ERROR timeout after 30s"""
errors = [line for line in log.splitlines() if re.search(r'\bERROR\b', line)]
print(errors)
print(re.findall(r'^(\d{4})-(\d\d)-(\d\d) (\w+)', log, re.M))
print(dict(re.findall(r'(\w+)=(\w+)', log)))
print(re.sub(r'(\d+)ms', lambda m: f'{int(m.group(1)) / 1000:.2f}s', log.splitlines()[2]))
emails = 'contact: a.b@x.org, bad@, c_d@mail.example.com'
print(re.findall(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+', emails))
print(re.sub(r'[^a-z0-9]+', '-', 'Hello, World! 2024'.lower()).strip('-'))
phone = re.compile(r'\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})')
print([phone.sub(r'\1-\2-\3', p) for p in ['(555) 123-4567', '555.123.4567', '5551234567']])
print(re.split(r'[;,]\s*', 'a, b;c,  d'), re.match(r'^\s*$', '   ') is not None)
words = re.findall(r"[a-z']+", "it's a test, isn't it? it is.".lower())
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
