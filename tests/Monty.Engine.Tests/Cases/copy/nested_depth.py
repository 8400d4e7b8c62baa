import copy
n = []
for i in range(50):
    n = [n, i]
m = copy.deepcopy(n)
print(m == n, m is not n)
