class ParseError(Exception): pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad input {s!r}") from e
try:
    parse("x")
except ParseError as e:
    print(e, type(e.__cause__).__name__, e.__suppress_context__)
try:
    try:
        raise KeyError("k")
    except KeyError:
        raise ParseError("p") from None
except ParseError as e:
    print(e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
