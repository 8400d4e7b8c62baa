import re
checks = [(r'x{2', 'x{2'), (r'x{,2}', 'xx'), (r'a{2}', 'aa'), (r'a{2,}', 'aaaa'), (r'[]a]+', ']a]'), (r'[a-]+', 'a-a'),
          (r'[\]]', ']'), (r'a*+a', 'aaa'), (r'(?>a+)b', 'aab'), (r'\x41\u0042\U00000043', 'ABC'), (r'\N{BULLET}', '\u2022'),
          (r'[\d\s]+', '1 2'), (r'[^\W\d]+', 'abc1'), (r'(?:ab)+', 'ababx'), (r'(a)(?(1)b|c)', 'ab'), (r'(?=a)a', 'a'),
          (r'(?<=a)b', 'ab'), (r'(?<!a)b', 'cb'), (r'\0\07', '\x00\x07'), (r'[\101-\103]+', 'ABC'), ('😀+', '😀😀x'),
          (r'[\U0001F600-\U0001F64F]+', '🙂😀!'), (r'.{2}', '😀a'), (r'a|b|', 'c'), (r'\bfoo\b', 'a foo b'), (r'(?s).+', 'a\nb')]
for pattern, text in checks:
    m = re.search(pattern, text)
    print(repr(pattern), m.group() if m else None, m.span() if m else None)
