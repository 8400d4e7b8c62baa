import re
print(re.match(r'(a+)+$', 'a' * 20 + 'b'))
re.compile('(?P<x>a)(?P<x>b)')
