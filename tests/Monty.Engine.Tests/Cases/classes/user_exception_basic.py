class MyError(Exception):
    pass
try:
    raise MyError("boom", 2)
except MyError as e:
    print(type(e).__name__, e.args, str(e), repr(e))
try:
    raise MyError
except Exception as e:
    print(repr(e), isinstance(e, MyError), isinstance(e, Exception))
