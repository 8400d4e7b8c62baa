# Annotated assignments (annotations are not enforced)
x: int = 5
y: str = 'text'
z: list = []
print(x, y, z)
w: int
w = 'not an int'
print(w)
def f(a: int, b: str = 'b') -> str:
    return str(a) + b
print(f(1), f(2, 'c'))
