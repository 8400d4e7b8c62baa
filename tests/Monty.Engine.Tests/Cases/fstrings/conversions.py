# f-string conversions !r, !s, !a
s = 'tab\there é'
print(f'{s!r}')
print(f'{s!s}')
print(f'{s!a}')
print(f'{42!r} {[1, "a"]!s} {"x"!r:>6}')
print(f'{None!r}')
