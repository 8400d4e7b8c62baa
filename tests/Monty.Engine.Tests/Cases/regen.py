#!/usr/bin/env python3
"""Regenerate expected outputs for the Monty conformance cases.

For every <name>.py under this folder (except this script), run it with
CPython and write <name>.out (stdout bytes, exact). If the process exits
non-zero, write <name>.err holding only the last non-empty stderr line
(the "ExcType: message" line); otherwise remove any stale <name>.err.

Cases under a folder named async_toplevel/ use top-level await: CPython compiles them with
ast.PyCF_ALLOW_TOP_LEVEL_AWAIT and runs the module's coroutine in an event loop (as the
asyncio REPL does), which is how Monty runs feeds that await at module level.
"""
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SELF = Path(__file__).resolve()
TOPLEVEL_AWAIT_DIR = "async_toplevel"

# Runs one file with top-level await allowed; a traceback ends with the same last line as a
# plain run, so the .err convention holds.
TOPLEVEL_RUNNER = """
import ast, asyncio, sys, types
path = sys.argv[1]
source = open(path, encoding='utf-8').read()
code = compile(source, path, 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
module = types.ModuleType('__main__')
module.__file__ = path
sys.modules['__main__'] = module
result = eval(code, module.__dict__)
if asyncio.iscoroutine(result):
    asyncio.run(result)
"""


def main() -> int:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    total = ok = errors = failures = 0
    for path in sorted(HERE.rglob("*.py")):
        if path.resolve() == SELF:
            continue
        # Optional filters: only cases whose path contains one of the arguments.
        if sys.argv[1:] and not any(a in str(path.relative_to(HERE)) for a in sys.argv[1:]):
            continue
        total += 1
        out_path = path.with_suffix(".out")
        err_path = path.with_suffix(".err")
        try:
            command = ["python3", "-X", "utf8", path.name]
            if TOPLEVEL_AWAIT_DIR in path.relative_to(HERE).parts:
                command = ["python3", "-X", "utf8", "-c", TOPLEVEL_RUNNER, path.name]
            proc = subprocess.run(
                command,
                cwd=str(path.parent),
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                timeout=10,
            )
        except subprocess.TimeoutExpired:
            failures += 1
            print(f"TIMEOUT: {path.relative_to(HERE)}", file=sys.stderr)
            continue
        out_path.write_bytes(proc.stdout)
        if proc.returncode != 0:
            lines = [ln for ln in proc.stderr.decode("utf-8", "replace").splitlines() if ln.strip()]
            last = lines[-1] if lines else ""
            err_path.write_bytes((last + "\n").encode("utf-8"))
            errors += 1
        else:
            if err_path.exists():
                err_path.unlink()
            ok += 1
    print(f"{total} cases: {ok} passed cleanly, {errors} ended with an error, {failures} timed out")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
