# Loop variables persist after the loop
for i in range(5):
    pass
print(i)
for ch in 'xyz':
    pass
print(ch)
j = 'unchanged'
for j in []:
    pass
print(j)
