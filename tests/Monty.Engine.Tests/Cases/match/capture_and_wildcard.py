match 42:
    case x:
        print("captured", x)
print("after", x)
match "s":
    case _:
        print("wildcard")
try:
    print(_)
except NameError as e:
    print("NameError", e)
