# str.replace including count and empty pattern
print('aaaa'.replace('a', 'b'))
print('aaaa'.replace('a', 'b', 2))
print('abc'.replace('', '-'))
print('abc'.replace('x', 'y'))
print('hello world'.replace('o', '0', 1))
print('aaa'.replace('aa', 'b'))
print(''.replace('', 'x'))
print('abab'.replace('ab', ''))
