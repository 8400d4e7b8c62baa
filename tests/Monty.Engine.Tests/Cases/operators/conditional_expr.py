# Conditional expressions (ternary)
for n in [-2, 0, 5]:
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
x = [] if False else [1]
print(x)
print((lambda v: 'even' if v % 2 == 0 else 'odd')(7))
print(1 if [] else 2, 'a' if 'x' else 'b')
