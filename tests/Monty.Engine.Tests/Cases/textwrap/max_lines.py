import textwrap

text = "Hello there, how are you this fine day? I hope that everything is going well for you."
for n in (1, 2, 3, 10):
    print(n, textwrap.wrap(text, 20, max_lines=n))
print(textwrap.wrap(text, 20, max_lines=2, placeholder='...'))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=''))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=' (more)', subsequent_indent='  '))
print(textwrap.wrap(text, 12, max_lines=3, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill(text, 25, max_lines=2, placeholder=' [cut]'))
# The placeholder may move back onto the previous line, or stand alone.
print(textwrap.wrap('aaaa bbbbbbbbbbbb cc', 10, max_lines=2, placeholder='...'))
print(textwrap.wrap('aaaaaaaaaa bbbbbbbbbbbb cc', 10, max_lines=2, placeholder='...'))
print(textwrap.wrap('abc def ghi', max_lines=2, width=7, placeholder=' [...]', subsequent_indent='  '))
print(textwrap.wrap('abc def ghi', max_lines=0, width=7))
print(textwrap.wrap('abc def   ', 7, max_lines=1), textwrap.wrap('abc def   ', 7, max_lines=1, drop_whitespace=False))
print(textwrap.wrap('xx abcdefgh', 5, break_long_words=False, max_lines=2))
print(textwrap.wrap('xx abcdefgh', 8, break_long_words=False, max_lines=2, subsequent_indent='...'))
print(textwrap.wrap('ab cd ef', 5, max_lines=2, drop_whitespace=False))
print(textwrap.wrap('', 5, max_lines=1, placeholder='[...]'), textwrap.wrap('   ', 5, max_lines=2))
w = textwrap.TextWrapper(width=15, max_lines=2)
print(w.fill(text))
w.max_lines = None
print(w.fill(text))
