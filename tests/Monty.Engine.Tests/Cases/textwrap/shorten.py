import textwrap

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world!", width=10, placeholder="..."))
print(repr(textwrap.shorten("   \t\n  ", 10)))
print(textwrap.shorten("  lots\tof\n\nwhitespace\xa0and\u2003unicode   spaces  ", 40))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25))
print(textwrap.shorten("The quick brown fox jumps over the lazy dog", 25, placeholder=" ->"))
print(textwrap.shorten("Supercalifragilisticexpialidocious words", 15))
print(textwrap.shorten("Supercalifragilisticexpialidocious words", 15, break_long_words=False))
print(textwrap.shorten("well-known state-of-the-art", 16))
print(textwrap.shorten("well-known state-of-the-art", 16, break_on_hyphens=False))
print(textwrap.shorten("first. second", 40, fix_sentence_endings=True))
print(textwrap.shorten("abc def", 7, initial_indent="> "))
for width in range(6, 14):
    print(width, repr(textwrap.shorten("one two three four", width)))
