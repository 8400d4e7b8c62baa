import operator as op
print(op.add(2, 3), op.sub(2, 3), op.mul(2, 3), op.truediv(3, 2), op.floordiv(-7, 2), op.mod(-7, 2), op.pow(2, 10), op.neg(4), op.pos(-4))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(32, 2), op.inv(5), op.invert(0), op.abs(-2.5))
print(op.lt(1, 2), op.le(2, 2), op.eq('a', 'a'), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2), op.not_([]), op.truth('x'), op.is_(None, None), op.is_not(1, None))
try:
    op.add(1, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    op.truediv(1, 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
