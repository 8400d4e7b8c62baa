import keyword
from keyword import iskeyword, kwlist

print(len(kwlist), kwlist[:5])
print(iskeyword("for"), iskeyword("match"), keyword.issoftkeyword("match"))
print([w for w in ["if", "x", "lambda", "_"] if iskeyword(w)])
print(keyword.__name__)
