# Integer division by zero ends the program with ZeroDivisionError
total = 0
for i in range(3):
    total += i
print('total', total)
print(total // (total - 3))
