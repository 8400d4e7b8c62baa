import textwrap

text = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt."
print(textwrap.fill(text, 30))
print(textwrap.fill(text, 30, initial_indent='* ', subsequent_indent='  '))
print(textwrap.fill(text, width=24, initial_indent='    '))
print(textwrap.fill(text, width=24, subsequent_indent='... '))
print(repr(textwrap.fill('', 10, initial_indent='> ')))
print(repr(textwrap.fill('one', 10, initial_indent='> ', subsequent_indent='>> ')))
w = textwrap.TextWrapper(width=20, initial_indent='1. ', subsequent_indent='   ')
for item in ["First item of a numbered list that goes on", "Second", "Third item, rather long again"]:
    print(w.fill(item))
# An indent as wide as the line leaves room for one character per line.
print(textwrap.wrap('abc de', 3, initial_indent='>>>', subsequent_indent='..'))
print(textwrap.wrap('ab c', 1, initial_indent='* ', subsequent_indent='   '))
print(textwrap.wrap('a', 2, initial_indent='***', subsequent_indent='**', drop_whitespace=False))
print(textwrap.wrap('ab', 1, initial_indent='*', subsequent_indent='*', drop_whitespace=False))
