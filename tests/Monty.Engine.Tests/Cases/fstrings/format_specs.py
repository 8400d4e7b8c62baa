# Format specs inside f-strings
v = 3.14159
n = 42
s = 'hi'
print(f'{v:.2f}|{v:8.3f}|{v:<8.1f}|{v:^9.2f}|')
print(f'{n:5}|{n:<5}|{n:^5}|{n:05}|{n:+}|{-n:+}|')
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#o} {n:#b}')
print(f'{1234567:,} {1234567:_} {1234567.891:,.2f}')
print(f'{s:>5}|{s:*<5}|{s:-^6}|')
print(f'{0.25:%} {0.25:.1%}')
print(f'{1e10:e} {12345.678:.3e} {0.00001234:g}')
