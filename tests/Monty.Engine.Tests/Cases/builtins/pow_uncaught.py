# pow with modulus zero (uncaught ValueError)
print(pow(3, 4, 5))
print(pow(3, 4, 0))
