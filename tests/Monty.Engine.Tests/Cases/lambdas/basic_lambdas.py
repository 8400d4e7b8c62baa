# Lambda expressions with various parameter forms
sq = lambda x: x * x
print(sq(5), (lambda: 'no args')(), (lambda a, b=2: a + b)(1))
print((lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2))
print((lambda a, *, b: a - b)(10, b=3))
print((lambda x: (lambda y: x + y))(1)(2))
print(type(sq).__name__, sq.__name__)
