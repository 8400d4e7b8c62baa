# float() of bad text raises ValueError (uncaught)
print(float('2.5') * 2)
print(float('two'))
