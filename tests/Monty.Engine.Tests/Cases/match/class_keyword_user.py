class Box:
    def __init__(self, content):
        self.content = content
    def __eq__(self, other):
        return isinstance(other, Box) and other.content == self.content
EMPTY = Box(None)
class Consts:
    EMPTY = Box(None)
def f(b):
    match b:
        case Consts.EMPTY:
            return "empty box (== via __eq__)"
        case Box(content=[*items]):
            return f"box of {len(items)}"
        case Box(content=str() as s):
            return f"box of text {s}"
    return "unknown"
print(f(Box(None)), f(Box([1, 2])), f(Box("hi")), f(Box(3)))
