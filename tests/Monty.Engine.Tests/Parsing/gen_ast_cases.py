#!/usr/bin/env python3
"""Regenerates ast_cases.json and syntax_error_cases.json with CPython 3.11 as the oracle.

ast_cases.json: for each valid snippet, ast.dump(tree) and ast.dump(tree, include_attributes=True),
adapted to Monty's AST field set (no Module.type_ignores, no Constant.kind, no type_comment) and with
column offsets converted from UTF-8 bytes (CPython) to code points (Monty).

syntax_error_cases.json: for each invalid snippet, the exception type, message and line number that
ast.parse raises (parser errors only: errors that only compile() reports belong to the compiler).

Run: python3 gen_ast_cases.py   (from any directory; writes next to this file)
"""
import ast
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

VALID = [
    # --- literals ---
    "1", "0", "1_000_000", "0x_ff", "0XAB", "0o17", "0O7_7", "0b1010", "0B1_0", "00", "0_0",
    "123456789012345678901234567890", "0xFFFFFFFFFFFFFFFFFFFFFFFF", "1.5", "1.", ".5", "1e10", "1E-5", "1_0.0_1e+1_0",
    "0.1", "1e16", "1e15", "123.456e-300", "1e400", "0e0", "00.5", "09.5", "1e-05", "3.141592653589793",
    "'abc'", '"abc"', "'''multi\nline'''", '"""doc"""', "''", "r'\\n'", "R'a\\b'", "u'x'", "U'x'", "b'bytes'", "B'x'",
    "rb'\\x00'", "bR'\\d'", "Br'x'", "BR'x'", "'a' 'b' 'c'", "b'a' b'b'", "'\\n\\t\\\\\\'\\\"'", "'\\a\\b\\f\\v\\0'",
    "'\\101\\7\\777'", "'\\x41\\xff'", "'\\u00e9\\u1234'", "'\\U0001F600'", "'\\N{BULLET}'", "'\\N{LATIN SMALL LETTER A}'",
    "'\\q'", "b'\\x00\\xff\\n'", "b'\\777'", "b'\\u1234'", "'line\\\ncontinued'", "'é'", "'日本語'", "'😀'",
    "...", "None", "True", "False", "'\\r\\n'", "'a\\\\b'",
    # --- f-strings ---
    "f'x'", "f''", "f'{x}'", "f'{x!r}'", "f'{x!s}'", "f'{x!a}'", "f'{x:>10}'", "f'{x:{w}.{p}f}'", "f'{x=}'",
    "f'{x = }'", "f'{x=!s}'", "f'{x=:>5}'", "f'{x=!r:^9}'", "f'{{}}'", "f'{{x}}'", "f'a{{b}}c{d}e'", "f'{a}{b}'",
    "f'{x:}'", "f'{x!r:}'", "'a' f'{b}' 'c'", "f'{a}' f'{b}'", "f'' ''", "f'{x}' 'y' f''", "rf'\\n{x}'",
    "fr'{x}\\d'", "F'{x}'", "f'{\"nested\"}'", "f'{d[\"key\"]}'", "f\"{d['key']}\"", "f'''{x\n}'''",
    "f'''a\n{x} b {\ny}'''", "f'{a if b else c}'", "f'{x, y}'", "f'{(yield)}'", "f'{x:{y}}'", "f'{x!r:{y}>{z}}'",
    "f'{3.14:.2f}'", "f'{a == b}'", "f'{a != b}'", "f'{a >= b}'", "f'{a < b}'", "f'{f\"{x}\"}'",
    "f'{[1, 2][0]}'", "f'{ {1: 2}[1] }'", "f'{lambda: 1}'" if False else "f'{(lambda: 1)}'", "f'\\N{BULLET} {x}'",
    "f'{x:%Y-%m-%d}'", "f'{ x }'", "f'{x!r}{y=}'", "f'{a}{{'", "f'}}{a}'", "f'{x:{{}}>10}'" if False else "f'{x:10}'",
    "u'a' f'{b}'", "f'{x:=^10}'", "f'{(x:=5)}'", "f'{a[1:2]}'", "f'{x}' \\\n  f'{y}'",
    # --- operators & precedence ---
    "a + b * c", "(a + b) * c", "a - b - c", "a ** b ** c", "-a ** b", "-2 ** -2", "(-2) ** 2", "~a + -b", "+a",
    "not a", "not not a", "not a == b", "a and b or c", "a or b and c", "a and b and c", "a or b or c",
    "not a and not b", "a < b < c", "a == b != c", "a is not b", "a not in b", "a in b", "a is b", "a <= b >= c",
    "a | b ^ c & d", "a << b >> c", "a // b % c @ d", "a / b", "a @ b", "a if b else c", "a if b else c if d else e",
    "(a if b else c) if d else e", "lambda: 0", "lambda x: x", "lambda x, y=1, *a, z, w=2, **k: x",
    "lambda x, /, y: x", "lambda *, x: x", "lambda *a: a", "lambda **k: k", "lambda x=lambda: 1: x",
    "lambda: (yield)", "(x := 5)", "(y := f(x))", "[y := 1, y ** 2]",
    "a + (b)", "(a) + b", "((a))", "-(-a)", "- - - a", "await_ = 1",
    "x[1]", "x[1:2]", "x[:]", "x[::]", "x[1:2:3]", "x[::2]", "x[a:b, c:d]", "x[1:2, ::3]", "x[1,]", "x[()]",
    "x[a, b]", "x[*a]", "x[*a, b]", "x[(a, b)]", "x[a:=1]" if False else "x[(a:=1)]", "x.y.z", "x.y[0].z()",
    "f()", "f(a)", "f(a, b)", "f(a, *b)", "f(*a, *b)", "f(a=1)", "f(**k)", "f(a, b=1, *c, d=2, **e)",
    "f(x for x in y)", "f((x for x in y), z)", "f(a)(b)(c)", "f(*a, b=1, *c)", "f(a,)", "f(**a, **b)",
    "f(x := 1)", "f(a, *b, c)",
    "a, b", "a, b,", "a,", "(a, b)", "()", "(a,)", "[]", "[a, b]", "[a, *b]", "{}", "{a: b}", "{a: b, **c}",
    "{**a, b: c}", "{a, b}", "{*a, b}", "{a}", "[x for x in y]", "[x for x in y if z]", "[x for x in y if a if b]",
    "[x for x in y for z in w]", "[(x, y) for x, y in z]", "{x for x in y}", "{k: v for k, v in d.items()}",
    "(x for x in y)", "[x async for x in y]", "[x for x in y if (z := x)]", "[x for x, in y]",
    "[x for *a, b in y]", "[i for i in range(10) if i % 2 if i % 3]",
    # --- statements ---
    "pass", "break", "continue", "return", "return x", "return x, y", "return *a, b", "raise", "raise E",
    "raise E from c", "global a", "global a, b", "nonlocal x", "del x", "del x, y", "del x,", "del (x, y)",
    "del [x, y]", "del x.y, x[0]", "del (a, b)[0]", "assert x", "assert x, 'msg'", "import a", "import a.b.c",
    "import a as b, c.d as e", "from a import b", "from a.b import c as d, e", "from . import x", "from .. import x",
    "from .a import b", "from ...a import b", "from .... import x", "from a import *", "from a import (b, c)",
    "from a import (b as c,)",
    "x = 1", "x = y = 1", "x, y = 1, 2", "[x, y] = z", "(x, y) = z", "x, *y = z", "*x, = z", "a.b = 1",
    "a[0] = 1", "a[1:2] = b", "a, (b, c) = d", "x = yield", "x = yield y", "x = yield from y",
    "x = await_", "x: int", "x: int = 1", "(x): int = 1", "a.b: int", "a[0]: int = 1", "x: list[int] = []",
    "x += 1", "x -= 1", "x *= 1", "x /= 1", "x //= 1", "x %= 1", "x **= 1", "x @= 1", "x >>= 1", "x <<= 1",
    "x &= 1", "x |= 1", "x ^= 1", "a.b += 1", "a[0] += 1", "x += yield", "a; b", "a; b;", "x = 1; y = 2",
    "if a:\n    b", "if a: b", "if a:\n    b\nelse:\n    c", "if a:\n    b\nelif c:\n    d\nelse:\n    e",
    "if a:\n    b\nelif c:\n    d\nelif e:\n    f", "if (x := f()):\n    pass",
    "while a:\n    b", "while a:\n    b\nelse:\n    c", "while True: pass",
    "for x in y:\n    pass", "for x, y in z:\n    pass", "for x in y:\n    pass\nelse:\n    pass",
    "for x in 1, 2:\n    pass", "for (a, b) in c: pass", "for [a, b] in c: pass", "for a.b in c: pass",
    "for a[0] in c: pass", "for *a, b in c: pass", "for x, in y: pass",
    "try:\n    a\nexcept:\n    b", "try:\n    a\nexcept E:\n    b", "try:\n    a\nexcept E as e:\n    b",
    "try:\n    a\nexcept (A, B) as e:\n    b\nexcept C:\n    c\nelse:\n    d\nfinally:\n    f",
    "try:\n    a\nfinally:\n    b", "try:\n    a\nexcept* E:\n    b", "try:\n    a\nexcept* (A, B) as e:\n    b\nfinally:\n    c",
    "with a: pass", "with a as b: pass", "with a as b, c as d: pass", "with (a as b, c as d): pass",
    "with (a, b): pass", "with (a, b) as c: pass", "with (a): pass", "with (a as b): pass",
    "with (a as b,): pass", "with (yield): pass", "with a as (b, c): pass", "with a as b.c: pass",
    "with (\n    open(x) as f,\n    open(y) as g,\n):\n    pass",
    "def f(): pass", "def f(a): pass", "def f(a, b=1): pass", "def f(a, /, b): pass", "def f(a, /): pass",
    "def f(a=1, /, b=2): pass", "def f(*, a): pass", "def f(*, a=1, b): pass", "def f(*args): pass",
    "def f(**kwargs): pass", "def f(a, *args, b, c=1, **kwargs): pass", "def f(a: int, *b: str, c: float = 1.0, **d: dict) -> None: pass",
    "def f(a,): pass", "def f(*a,): pass", "def f(**k,): pass", "def f(a, b, /, c, *, d): return a",
    "def f():\n    '''doc'''\n    return 1", "def f():\n    yield\n    yield x\n    yield from y\n    x = yield",
    "def f():\n    def g():\n        nonlocal x\n        x = 1",
    "async def f(): pass", "async def f():\n    await x\n    async for a in b:\n        pass\n    async with c as d:\n        pass",
    "async def f():\n    return [x async for x in y]", "async def f():\n    return await a.b()",
    "async def f():\n    await (yield)" if False else "async def f():\n    x = await y ** 2",
    "@d\ndef f(): pass", "@d1\n@d2(x)\n@a.b.c\ndef f(): pass", "@d\nclass C: pass", "@d\nasync def f(): pass",
    "@(yield)\ndef f(): pass", "@x[0].y\ndef f(): pass", "@a if b else c\ndef f(): pass", "@(x := y)\ndef f(): pass",
    "class C: pass", "class C(): pass", "class C(B): pass", "class C(A, B, metaclass=M, **kw): pass",
    "class C(*bases): pass", "class C:\n    x = 1\n    def f(self):\n        return self.x",
    # --- match ---
    "match x:\n    case 1:\n        pass",
    "match x:\n    case 1 | 2 | 3:\n        pass\n    case _:\n        pass",
    "match x:\n    case -1:\n        pass\n    case 1.5:\n        pass\n    case 'a' 'b':\n        pass\n    case b'x':\n        pass",
    "match x:\n    case None:\n        pass\n    case True:\n        pass\n    case False:\n        pass",
    "match x:\n    case a:\n        pass", "match x:\n    case a.b:\n        pass", "match x:\n    case a.b.c:\n        pass",
    "match x:\n    case [a, b, *rest]:\n        pass", "match x:\n    case [a, *_, b]:\n        pass",
    "match x:\n    case (a, b):\n        pass", "match x:\n    case (a):\n        pass", "match x:\n    case ():\n        pass",
    "match x:\n    case []:\n        pass", "match x:\n    case a, b:\n        pass", "match x:\n    case a, *b:\n        pass",
    "match x:\n    case *a, b:\n        pass", "match x:\n    case (a,):\n        pass",
    "match x:\n    case {'a': 1, 'b': c}:\n        pass", "match x:\n    case {'a': 1, **rest}:\n        pass",
    "match x:\n    case {}:\n        pass", "match x:\n    case {a.b: 1, None: 2, -1: 3}:\n        pass",
    "match x:\n    case Point():\n        pass", "match x:\n    case Point(1, 2):\n        pass",
    "match x:\n    case Point(x=1, y=2):\n        pass", "match x:\n    case Point(1, y=2):\n        pass",
    "match x:\n    case a.Point(x=[1, 2]):\n        pass", "match x:\n    case [1, 2] as y:\n        pass",
    "match x:\n    case (1 | 2) as y:\n        pass", "match x:\n    case 1 | 2 as y:\n        pass",
    "match x:\n    case y if y > 0:\n        pass", "match x:\n    case {'k': [1, {'j': (a, b)}]}:\n        pass",
    "match x, y:\n    case a, b:\n        pass", "match *a, b:\n    case _:\n        pass", "match (x):\n    case _:\n        pass",
    "match -x:\n    case _:\n        pass", "match [x]:\n    case [y]:\n        pass",
    "match = 1", "match.x = 2", "match(x)", "match[x]", "match - x", "case = 1", "_ = 1", "type = 1",
    "match x:\n    case str() | bytes():\n        pass",
    # --- layout ---
    "x = (1 +\n     2)", "x = [\n    1,\n    2,\n]", "x = 1 + \\\n    2", "if a:\n    # comment\n    b\n\n    c",
    "if a:\n\tb", "if a:\n        b\n        if c:\n            d\n        e\nf", "x = 1  # trailing comment",
    "\n\n\nx = 1\n\n\n", "# only a comment", "", "if a:\n  b\n  c", "x = {\n 'a': 1,\n 'b': [\n  2]}",
    "def f(\n    a,\n    b,\n):\n    pass", "f(a,\n  b)\ng()", "if x:\n    pass\n  # dedented comment\ny",
    "x = '''a\nb''' + 'c'", "class A:\n    def f(self):\n        pass\n\n    def g(self):\n        pass\n",
    "a = 1\r\nb = 2\r\n", "if 1:\n    \n    x", "x=1;", "\\\nx", "é = 1", "日本 = '語'", "x = 'ü' + f'{é}'",
    "a = b = c = d", "x = 1if y else 2", "[0x1for x in y]", "1 or 2", "x = not a in b",
    "print(*args, sep='', **kw)", "a[b][c](d)(e).f", "a.b.c.d = e.f.g.h", "x = (yield)",
    "x = -1", "x = ~1", "x = +1", "(a for b in c for d in e if f)", "{**a, **b}", "{1: 2, 3: 4,}",
    "[*a, *b]", "(*a, *b)", "*a, b = c", "a, = b", "x = *a, *b", "print(f'{x!r:>{width}}')",
]

INVALID = [
    "x = (", "x = )", "f(a, b", "[1, 2", "x = {'a': 1", "(]", "(\n]", "a = 1 +", "if x\n  pass", "if x:\npass",
    "  x = 1", "if x:\n    a\n  b", "def f():\n    return\n  x", "'abc", "'''abc", "x = 'abc\ny'", "1abc", "0x",
    "0xg", "0o8", "0b2", "012", "1_", "1__0", "1e", "1e+", "0b", "1.e", "1__0.5", "0_7", "0o", "0x_",
    "x = $", "a ? b", "x = `a`", "print 'x'", "a €", "a\u00a0b",
    "f() = 1", "1 = x", "x + 1 = 2", "(a, 1) = x", "[a, f()] = x", "del 1", "del f()", "del (a, 1)",
    "for 1 in x: pass", "with a as 1: pass", "f() += 1", "(a, b) += 1", "[a] += 1", "a, b += 1", "a, b: int",
    "[a]: int", "f(): int", "None = 1", "True = 1", "x = yield = 1", "f() = a = 1", "a = f() = 1", "[f()] = 1",
    "f(x for x in y, 1)", "f(**x, *y)", "f(a=1, b)", "f(**k, a)", "lambda x=1, y: x", "def f(x=1, y): pass",
    "def f(*, **k): pass", "def f(*): pass", "def f(**k, a): pass", "def f(a, /, b, /): pass", "def f(/, a): pass",
    "def f(*a, *b): pass", "def f(**a, **b): pass", "def f(*a=1): pass", "def f(*a, /): pass",
    "f'{}'", "f'{a'", "f'{a!x}'", "f'{a!}'", "f'{\\n}'", "f'{a#}'", "f'}'", "f'{'", "f'{a:{b:{c}}}'", "f'{ }'",
    "f'{a b}'", "f'{*a}'", "f'{a)}'", "f'{(a}'", "f'{a!r'", "f'{\"a}'", "f'{a[}'",
    "b'é'", "b'a' 'b'", "'a' b'b'", "'\\N{NOPE}'", "'\\x4'", "'\\u12'", "'\\U1234'", "'\\N{BULLET'",
    "1 if 2", "if x = 1: pass", "while x = 1: pass", "if f() = 1: pass", "[a b]", "(a b)", "f(a b)", "a b",
    "x = 1 2", "def f:\n pass", "class A(:\n pass", "import", "from x import", "from x import (a, b",
    "from x import a,", "global", "print(*a for a in b)", "a := 1", "(a.b := 1)", "(1 := 2)", "return x = 1",
    "try:\n pass", "try:\n pass\nelse:\n pass", "try:\n pass\nexcept* E:\n pass\nexcept E:\n pass",
    "except: pass", "else: pass", "elif x: pass", "x = 1\n  y = 2", "match x:\n case 1:\n pass",
    "match x:\n  case a.b():\n    pass\n  case x y:\n    pass", "if x:\n\tif y:\n        pass\n\t\tpass",
    "\\x", "x = 1 \\ y", "x = 1\\", "a = 1; ; b = 2", "1 + 2 = 3", "del a, (b + 1)", "x = 0777", "x = 1.2.3",
    "x = 5 6", "async = 1", "await = 1", "x[1:2:3:4]", "for x in range(10):\npass", "with open(x) as f:\npass",
    "class C:\npass", "while x:\npass", "def f(x):\nreturn x", "a.1", "f(a for a in b for)", "{**a: b}",
    "{a: *b}", "{a: b, c}", "x = [i for i in range(3) if]", "(" * 201 + ")" * 201, "'\\'", "'''a\nb\nc",
    "x = \"\"\"abc\n\ndef", "if 1:\n", "del *a", "(*a) = b", "import a.b as c.d", "from .x import *, a",
    "x = lambda: yield", "f(x=1 for x in y)", "f(1=2)", "f(a.b=2)", "class A(x for x in y): pass",
    "try:\n pass\nexcept A, B:\n pass", "try:\n pass\nexcept*:\n pass", "x = 1 +\n", "def f(a=): pass",
    "''.join(x for x in y, )", "match x:\n    case _ as _:\n        pass",
    "match x:\n    case A(x=1, 2):\n        pass", "if True:\n    x = 1\n   y = 2", "\tx = 1",
    "x = [1, 2,\n", "foo(\n  a,\n  b", "x = {1: 2, 3}", "def f():\n    x = 1\n        y = 2",
    "".join(f'{" " * i}if x:\n' for i in range(100)) + " " * 100 + "pass\n", "a = 1 = 2" if False else "a + b += 1",
    "x = 08", "x = 1_000_", "x = 0b12", "x = 0o19", "x = 1.5e", "x = 5a", "x = 0xZ",
]


def to_codepoint_cols(tree, source):
    """CPython counts col_offset in UTF-8 bytes; Monty counts code points."""
    lines = source.replace("\r\n", "\n").split("\n")

    def conv(lineno, col):
        line = lines[lineno - 1].encode("utf-8")
        return len(line[:col].decode("utf-8", errors="replace"))

    for node in ast.walk(tree):
        if getattr(node, "lineno", None) is not None and getattr(node, "col_offset", None) is not None:
            node.col_offset = conv(node.lineno, node.col_offset)
        if getattr(node, "end_lineno", None) is not None and getattr(node, "end_col_offset", None) is not None:
            node.end_col_offset = conv(node.end_lineno, node.end_col_offset)


def adapt(dump):
    dump = dump.replace(", type_ignores=[]", "")
    dump = re.sub(r", kind='u'", "", dump)
    return dump


def main():
    if sys.version_info[:2] != (3, 11):
        print("warning: the checked-in data was generated with CPython 3.11", file=sys.stderr)
    valid = []
    bad = []
    for src in VALID:
        try:
            ast.parse(src)
        except SyntaxError as e:
            bad.append((src, e))
    if bad:
        for src, e in bad:
            print(f"error: valid snippet does not parse: {src!r}: {e}", file=sys.stderr)
        return 1
    for src in VALID:
        tree = ast.parse(src)
        plain = adapt(ast.dump(tree))
        to_codepoint_cols(tree, src)
        attrs = adapt(ast.dump(tree, include_attributes=True))
        valid.append({"source": src, "dump": plain, "dump_attrs": attrs})
    invalid = []
    for src in INVALID:
        try:
            ast.parse(src)
        except SyntaxError as e:
            invalid.append({"source": src, "type": type(e).__name__, "message": e.msg, "line": e.lineno})
        else:
            print(f"error: invalid snippet parses: {src!r}", file=sys.stderr)
            return 1
    (HERE / "ast_cases.json").write_text(json.dumps(valid, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "syntax_error_cases.json").write_text(json.dumps(invalid, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(valid)} valid, {len(invalid)} invalid cases written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
