import textwrap

text = ("The textwrap module provides some convenience functions, as well as TextWrapper, "
        "the class that does all the work. If you're just wrapping or filling one or two "
        "text strings, the convenience functions should be good enough.")
print(textwrap.wrap(text))
for width in (1, 5, 12, 30, 79, 500):
    print(width, textwrap.wrap(text, width))
print(textwrap.wrap(text, width=25)[:3])
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.wrap('\n\n'))
print(textwrap.wrap('  leading spaces stay on the first line', 20))
print(textwrap.wrap('exactly ten', 11), textwrap.wrap('exactly ten', 10))

w = textwrap.TextWrapper(width=18)
print(w.width, repr(w.initial_indent), w.expand_tabs, w.replace_whitespace, w.fix_sentence_endings,
      w.break_long_words, w.drop_whitespace, w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder))
print(w.wrap(text)[:4])
w.width = 40  # options are read again by every call
print(w.wrap(text)[:2])
print(textwrap.TextWrapper(30, '> ', '  ').wrap(text)[:3])
print(textwrap.__all__)
print(type(w).__name__, isinstance(w, textwrap.TextWrapper))


class Boxed(textwrap.TextWrapper):
    def wrap(self, text):
        return ['|' + line.ljust(self.width) + '|' for line in super().wrap(text)]


print(Boxed(width=16).fill(text[:60]))
