import textwrap


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


attempt(lambda: textwrap.wrap('', width=0))
attempt(lambda: textwrap.wrap('abc', width=-3))
attempt(lambda: textwrap.wrap('abc', width=0.0))
attempt(lambda: textwrap.fill('abc', width=0))
attempt(lambda: textwrap.wrap('abc', width='3'))
attempt(lambda: textwrap.wrap('abc', width=None))
attempt(lambda: textwrap.wrap(None))
attempt(lambda: textwrap.wrap(5, expand_tabs=False))
attempt(lambda: textwrap.wrap('abc', max_lines=1, width=3, placeholder=' [...]'))
attempt(lambda: textwrap.wrap('', max_lines=1, width=3, placeholder='[...]'))
attempt(lambda: textwrap.wrap('abc def', max_lines=2, width=6, subsequent_indent='  '))
attempt(lambda: textwrap.wrap('abc', placeholder=5, max_lines=1, width=10))
attempt(lambda: textwrap.wrap('a b c', initial_indent=5, width=10))
attempt(lambda: textwrap.shorten('Hello world', width=3))
attempt(lambda: textwrap.shorten('Hello world', 10, max_lines=2))
attempt(lambda: textwrap.shorten(None, 10))
attempt(lambda: textwrap.TextWrapper(bogus=1))
attempt(lambda: textwrap.wrap('x', bogus=1))
attempt(lambda: textwrap.TextWrapper(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
attempt(lambda: textwrap.wrap('abc', 5, width=3))
attempt(lambda: textwrap.dedent(None))
attempt(lambda: textwrap.dedent(5))
attempt(lambda: textwrap.dedent(b'  a'))
attempt(lambda: textwrap.indent('a', None))
attempt(lambda: textwrap.indent(None, '> '))
attempt(lambda: textwrap.wrap('a\tb', tabsize='x'))
attempt(lambda: textwrap.wrap())
attempt(lambda: textwrap.shorten('abc'))
attempt(lambda: textwrap.indent('abc'))
textwrap.fill('this ends the script', width=0)
