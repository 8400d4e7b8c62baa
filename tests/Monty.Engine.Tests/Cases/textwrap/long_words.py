import textwrap

text = "Short words then supercalifragilisticexpialidocious and antidisestablishmentarianism end."
for width in (4, 9, 15, 20):
    print(width, textwrap.wrap(text, width))
    print(width, textwrap.wrap(text, width, break_long_words=False))
print(textwrap.wrap('abc abcdefghij', 6))
print(textwrap.wrap('abc abcdefghij', 6, break_long_words=False))
print(textwrap.wrap('https://example.com/a/very/long/path/that/never/ends', 12))
print(textwrap.wrap('https://example.com/a/very/long/path/that/never/ends', 12, break_long_words=False))
print(textwrap.fill('x' * 25, 10, initial_indent='>> ', subsequent_indent='.. '))
print(textwrap.wrap('abcdefgh', 5, break_long_words=False, max_lines=2))
print(textwrap.wrap('1234567890 ' * 3, 4))
