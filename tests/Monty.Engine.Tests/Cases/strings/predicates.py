# Character class predicates
for s in ['abc', 'ABC', '123', 'a1', ' ', '', '½', '²', 'x y', '_id', 'if', '9a']:
    print(repr(s), s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(),
          s.isdecimal(), s.isnumeric(), s.isidentifier())
print('Hello'.isprintable(), 'a\n'.isprintable(), 'abc'.isascii(), 'é'.isascii())
