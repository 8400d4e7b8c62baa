import textwrap

text = "col1\tcol2\t\tcol3\nnext  line\r\nwith\x0bodd\x0cwhitespace and\xa0non-breaking\u2003spaces."
print(textwrap.wrap(text, 20))
print(textwrap.wrap(text, 20, expand_tabs=False))
print(textwrap.wrap(text, 20, tabsize=4))
print(textwrap.wrap(text, 20, tabsize=0))
print(textwrap.wrap(text, 20, replace_whitespace=False))
print(textwrap.wrap(text, 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap(text, 20, drop_whitespace=False))
print(textwrap.wrap(text, 20, drop_whitespace=False, replace_whitespace=False))
print(textwrap.wrap('   indented   text   with   gaps   ', 10))
print(textwrap.wrap('   indented   text   with   gaps   ', 10, drop_whitespace=False))
print(textwrap.wrap('a\n\nb\n\n\nc', 3))
print(textwrap.wrap('a\n\nb\n\n\nc', 3, replace_whitespace=False, drop_whitespace=False))
print(textwrap.wrap('   ', 2, drop_whitespace=False), textwrap.wrap('          abc', 5))
print(textwrap.wrap('a\u00a0b c\x0bd', width=1))
print(textwrap.wrap('ab\x1c cd\u2003ef', width=3))
print(textwrap.TextWrapper(width=10, tabsize=-1).wrap('a\tb'))
