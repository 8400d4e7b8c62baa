# Using a list as a stack and a simple queue
stack = []
for ch in '([{}])':
    if ch in '([{':
        stack.append(ch)
    else:
        top = stack.pop()
        print('matched', top, ch)
print('stack empty:', not stack)
queue = [1, 2, 3]
queue.append(4)
while queue:
    print('serve', queue.pop(0))
