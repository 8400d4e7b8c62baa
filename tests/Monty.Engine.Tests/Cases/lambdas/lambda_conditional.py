# Lambdas containing conditional expressions and boolean ops
sign = lambda n: 'neg' if n < 0 else ('zero' if n == 0 else 'pos')
print([sign(v) for v in (-1, 0, 1)])
first_truthy = lambda *a: next((v for v in a if v), None)
print(first_truthy(0, '', 'x', 'y'), first_truthy(0, ''))
clamp = lambda v, lo=0, hi=10: max(lo, min(hi, v))
print(clamp(-5), clamp(5), clamp(50), clamp(50, hi=100))
