# bytes comparison and equality with other types
print(b'abc' == b'abc', b'abc' < b'abd', b'a' < b'ab', b'' < b'\x00')
print(b'a' == 'a', b'1' == 1, sorted([b'b', b'a', b'ab']))
print(max(b'az'), min(b'az'), sum(b'\x01\x02'))
