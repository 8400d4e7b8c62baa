# Comprehensions over strings and with str methods
s = 'Hello, World'
print([c for c in s if c.isalpha()])
print(''.join([c for c in s if c not in 'lo']))
print({c: s.count(c) for c in s if c.isalpha() and s.count(c) > 1})
print([w[::-1] for w in 'the quick fox'.split()])
print([ord(c) - ord('a') for c in 'abcz'])
