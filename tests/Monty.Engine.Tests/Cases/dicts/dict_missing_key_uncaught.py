# Missing key lookup (uncaught KeyError with string key)
ages = {'ann': 30}
print(ages['ann'])
print(ages['bob'])
