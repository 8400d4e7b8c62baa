"""Regenerates match_error_cases.json with CPython 3.11 as the oracle: for each invalid match
statement, the exception type, message and line that compile() raises (most of these are compiler
errors that ast.parse accepts, so they are checked against Monty's compiler, not its parser).

Run: python3 gen_match_error_cases.py   (from any directory; writes next to this file)
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent

SNIPPETS = [
    "match x:\n case y: pass\n case 1: pass",
    "match x:\n case _: pass\n case 1: pass",
    "match x:\n case (y): pass\n case 1: pass",
    "match x:\n case y as z: pass\n case 1: pass",
    "match x:\n case 1:\n  pass\n case y:\n  pass\n case z:\n  pass",
    "match x:\n case a | _: pass",
    "match x:\n case _ | a: pass",
    "match x:\n case (a | b): pass",
    "match x:\n case [1, (a | b)] | c: pass",
    "match x:\n case [*a, *b]: pass",
    "match x:\n case [*_, 1, *_]: pass",
    "match x:\n case [a, a]: pass",
    "match x:\n case [a, *a]: pass",
    "match x:\n case {'k': a, **a}: pass",
    "match x:\n case {'k': a, 'j': [b, a]}: pass",
    "match x:\n case int(a, real=a): pass",
    "match x:\n case [a, (b | a)]: pass",
    "match x:\n case (1 as a) as a: pass",
    "match x:\n case 1 | y: pass",
    "match x:\n case (1|a) as a: pass",
    "match x:\n case [a] | [b]: pass",
    "match x:\n case [a, b] | [a]: pass",
    "match x:\n case {1: a, 1: b}: pass",
    "match x:\n case {'a': a, 'a': b}: pass",
    "match x:\n case {1: a, 1.0: b}: pass",
    "match x:\n case {True: a, 1: b}: pass",
    "match x:\n case {-1: a, -1: b}: pass",
    "match x:\n case {None: a, None: b}: pass",
    "match x:\n case {b'k': a, b'k': b}: pass",
    "match x:\n case C(a=1, a=2): pass",
    "def f():\n    match x:\n        case y:\n            pass\n        case [z]:\n            pass",
    "for i in x:\n    match i:\n        case [p, p]:\n            pass",
]

def main() -> int:
    cases = []
    for src in SNIPPETS:
        try:
            compile(src, "<test>", "exec")
        except SyntaxError as e:
            cases.append({"source": src, "type": type(e).__name__, "message": e.msg, "line": e.lineno})
        else:
            print(f"snippet compiles, drop it: {src!r}", file=sys.stderr)
            return 1
    (HERE / "match_error_cases.json").write_text(json.dumps(cases, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(cases)} cases written")
    return 0

if __name__ == "__main__":
    sys.exit(main())
