# bytes methods mirror str methods
b = b'  Hello, World  '
print(b.strip(), b.lower(), b.upper(), b.split(b','), b.strip().split())
print(b.find(b'o'), b.count(b'l'), b.replace(b'l', b'L'), b.startswith(b'  H'))
print(b'-'.join([b'a', b'b']), b'abc'.endswith(b'c'), b'a,b'.partition(b','))
print(b'12'.isdigit(), b'ab'.isalpha(), b'x'.center(5, b'*'), b'7'.zfill(3))
print(b'abc'.index(b'c'), b'Ab'.swapcase(), b'hello world'.title())
