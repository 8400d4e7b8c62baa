import textwrap

text = 'a\n\nb\r\n \n\x0cc\u2028d\n'
print(repr(textwrap.indent(text, '> ')))
print(repr(textwrap.indent(text, '> ', lambda line: True)))
print(repr(textwrap.indent(text, '+', predicate=str.isspace)))
print(repr(textwrap.indent('one\ntwo\nthree', '  ', lambda line: 't' in line)))
print(repr(textwrap.indent('', '> ')), repr(textwrap.indent('\n', '> ')), repr(textwrap.indent('x', '')))
seen = []


def keep(line):
    seen.append(line)
    return len(seen) % 2 == 1


print(repr(textwrap.indent('l1\nl2\nl3\nl4', '# ', keep)), seen)
print(textwrap.indent(textwrap.fill('A paragraph that will be wrapped and then quoted as a reply.', 24), '> '))
