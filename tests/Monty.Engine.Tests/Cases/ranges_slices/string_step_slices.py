# Step slicing patterns on strings
alpha = 'abcdefghijklmnopqrstuvwxyz'
print(alpha[::5], alpha[1::5], alpha[-5::2], alpha[3:20:4])
print(alpha[::len(alpha)], alpha[::-len(alpha)], alpha[25:0:-5])
