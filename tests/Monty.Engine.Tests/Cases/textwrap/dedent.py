import textwrap


def show(text):
    print(repr(text), '->', repr(textwrap.dedent(text)))


show('''
    def f():
        return 1

    print(f())
''')
show('  a\n  b')
show('  a\r\n  b')
show('  a\n\x0c\n  b')
show('  a\n \x0c \n  b')
show('\t a\n\t  b')
show('  a\n\t\n  b')
show('  a\n    \n  b\n   ')
show('  a\n\xa0\n  b')
show('  a\x0b  b\n  c')
show('')
show('\n\n')
show('   ')
show(' \t')
show('  a\r\n \r\n  b')
show('a\n   \nb')
show('    a\n  b\n      c')
show('\ta\n  b')
show('\t\ta\n\tb\n\t\t\tc')
show('  hello\n\thello')
print(textwrap.dedent(textwrap.indent('x = 1\nif x:\n    y = 2\n', '        ')))
