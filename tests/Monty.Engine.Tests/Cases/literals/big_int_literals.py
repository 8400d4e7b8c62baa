# Very large integer literals and their reprs
n = 340282366920938463463374607431768211456
print(n)
print(n == 2 ** 128)
print(-n)
print(0xffffffffffffffffffffffffffffffff)
print(0b1 << 100)
print(99999999999999999999 + 1)
print(len(str(10 ** 50)))
