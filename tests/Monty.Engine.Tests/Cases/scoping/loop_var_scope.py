# Loop and comprehension variable scoping
i = 'before'
for i in range(3):
    pass
print(i)
j = 'before'
squares = [j * j for j in range(3)]
print(j, squares)
def f():
    for k in range(2):
        pass
    return k
print(f())
