# strip, lstrip, rstrip, removeprefix, removesuffix
s = '  \t hi there \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'abcHIcba'.strip('abc'))
print('www.example.com'.lstrip('w.'), 'file.txt'.rstrip('.txt'))
print('prefix_name'.removeprefix('prefix_'), 'name'.removeprefix('zz'))
print('report.csv'.removesuffix('.csv'), 'report'.removesuffix(''))
print(repr(''.strip()), repr('   '.strip()))
