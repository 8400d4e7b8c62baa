class P:
    def __eq__(self, other): return True
print(P.__hash__)
try:
    hash(P())
except TypeError as e:
    print(e)
{P(): 1}
