class MyError(Exception):
    pass
raise MyError("something failed")
