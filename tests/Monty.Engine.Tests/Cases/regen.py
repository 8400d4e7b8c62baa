#!/usr/bin/env python3
"""Regenerate expected outputs for the Monty conformance cases.

For every <name>.py under this folder (except this script), run it with
CPython and write <name>.out (stdout bytes, exact). If the process exits
non-zero, write <name>.err holding only the last non-empty stderr line
(the "ExcType: message" line); otherwise remove any stale <name>.err.
"""
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SELF = Path(__file__).resolve()


def main() -> int:
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    total = ok = errors = failures = 0
    for path in sorted(HERE.rglob("*.py")):
        if path.resolve() == SELF:
            continue
        total += 1
        out_path = path.with_suffix(".out")
        err_path = path.with_suffix(".err")
        try:
            proc = subprocess.run(
                ["python3", "-X", "utf8", path.name],
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
