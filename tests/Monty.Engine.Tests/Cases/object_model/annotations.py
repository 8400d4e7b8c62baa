def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, ...]:
    return (len(x),)
print(f([1, 2]))
class C:
    a: int
    b: list[str] = []
    c = 3
print(C.__annotations__)
x: int = 5
print(x)
print(list[int], dict[str, list[int]], int | None)
print(isinstance(3, int | str), isinstance(None, int | None), list[int] == list[int])
class D:
    x: int = 1
    y: "str"
    z: list[int] | None = None
print(D.__annotations__, D.x, D.z)
