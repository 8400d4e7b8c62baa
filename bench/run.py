#!/usr/bin/env python3
"""Times each bench/programs/*.py in CPython (in-process) and in Monty (bench/Monty.Bench's
quick mode), checks that both print the same checksum, and prints a Markdown table.

    python3 bench/run.py                      # everything
    python3 bench/run.py fib loops            # some programs
    python3 bench/run.py --repeat 5 --no-build

Standard library only.
"""

import argparse
import contextlib
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PROGRAMS_DIR = os.path.join(HERE, "programs")
PROJECT = os.path.join(HERE, "Monty.Bench")

# Order of the table. Programs timed as "compile" measure compile + run of the source every
# time; the others are compiled once and run many times in fresh globals.
ORDER = ["fib", "loops", "strings", "lists", "dicts", "objects", "add"]
COMPILE_MODE = {"add"}
DESCRIPTIONS = {"add": "compile+run `1 + 2`"}


def program_names(selected):
    found = sorted(f[:-3] for f in os.listdir(PROGRAMS_DIR) if f.endswith(".py"))
    names = [n for n in ORDER if n in found] + [n for n in found if n not in ORDER]
    if selected:
        unknown = [s for s in selected if s not in found]
        if unknown:
            sys.exit(f"unknown program(s): {', '.join(unknown)}; known: {', '.join(names)}")
        names = [n for n in names if n in selected]
    return names


def fresh_globals():
    return {"__name__": "__main__", "__builtins__": __builtins__}


def run_once(code):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        exec(code, fresh_globals())
    return buf.getvalue()


def time_cpython(name, source, repeat, warmup):
    """Median and min seconds per run, and the checksum (stdout, or repr of the value for compile mode)."""
    filename = name + ".py"
    if name in COMPILE_MODE:
        checksum = repr(eval(compile(source, filename, "eval"), fresh_globals()))

        def stmt():
            exec(compile(source, filename, "exec"), {})

        # timeit-style: autorange the loop count to >= 0.2 s per sample, then repeat.
        number = 1
        while True:
            t0 = time.perf_counter()
            for _ in range(number):
                stmt()
            if time.perf_counter() - t0 >= 0.2:
                break
            number *= 10 if time.perf_counter() - t0 < 0.02 else 2
        samples = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            for _ in range(number):
                stmt()
            samples.append((time.perf_counter() - t0) / number)
        return statistics.median(samples), min(samples), checksum

    code = compile(source, filename, "exec")
    checksum = run_once(code)
    for _ in range(warmup):
        run_once(code)
    samples = []
    for _ in range(repeat):
        buf = io.StringIO()
        g = fresh_globals()
        with contextlib.redirect_stdout(buf):
            t0 = time.perf_counter()
            exec(code, g)
            samples.append(time.perf_counter() - t0)
        del g
    return statistics.median(samples), min(samples), checksum


def dotnet_run():
    # Built once up front (build_monty), so each program's process skips the up-to-date check.
    return ["dotnet", "run", "-c", "Release", "--no-build", "--project", PROJECT]


def build_monty():
    print("building bench/Monty.Bench (Release)...", file=sys.stderr, flush=True)
    r = subprocess.run(["dotnet", "build", "-c", "Release", "-nologo", "-v", "q", PROJECT],
                       cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        sys.stderr.write(r.stdout + r.stderr)
        sys.exit("dotnet build failed")


def time_monty(name, repeat, warmup, max_seconds):
    cmd = dotnet_run() + ["--", "quick", name, "--repeat", str(repeat), "--warmup", str(warmup),
                              "--max-seconds", str(max_seconds)]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    line = next((l for l in reversed(r.stdout.splitlines()) if l.startswith("{")), None)
    if line is None:
        return None, None, (r.stdout + r.stderr).strip() or f"exit code {r.returncode}"
    data = json.loads(line)
    if "error" in data:
        return None, data.get("output"), data["error"].strip(), data
    return data["median_ms"] / 1000.0, data["output"], None, data


def fmt_time(seconds):
    if seconds is None:
        return "—"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.2f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def fmt_bytes(n):
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("programs", nargs="*", help="programs to run (default: all)")
    ap.add_argument("--repeat", type=int, default=7, help="timed runs per program and side (default 7)")
    ap.add_argument("--warmup", type=int, default=2, help="untimed runs first (default 2)")
    ap.add_argument("--max-seconds", type=float, default=25,
                    help="Monty side: stop repeating a program after this many seconds (default 25)")
    ap.add_argument("--no-build", action="store_true", help="skip building bench/Monty.Bench")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    args = ap.parse_args()

    names = program_names(args.programs)
    if not args.no_build:
        build_monty()

    rows = []
    start = time.perf_counter()
    for name in names:
        with open(os.path.join(PROGRAMS_DIR, name + ".py"), encoding="utf-8") as f:
            source = f.read()
        print(f"{name}: CPython...", end="", file=sys.stderr, flush=True)
        py_time, py_min, py_out = time_cpython(name, source, args.repeat, args.warmup)
        print(f" {fmt_time(py_time)}; Monty...", end="", file=sys.stderr, flush=True)
        monty_time, monty_out, error, details = time_monty(name, args.repeat, args.warmup, args.max_seconds)
        print(f" {fmt_time(monty_time) if error is None else 'FAILED'}", file=sys.stderr, flush=True)
        if error is not None:
            status = "error"
        elif monty_out == py_out:
            status = "ok"
        else:
            status = "MISMATCH"
        rows.append({
            "program": name,
            "mode": "compile+run" if name in COMPILE_MODE else "run",
            "cpython_s": py_time,
            "cpython_min_s": py_min,
            "monty_s": monty_time,
            "ratio": monty_time / py_time if monty_time and py_time else None,
            "ratio_min": details["min_ms"] / 1000.0 / py_min if monty_time and py_min else None,
            "checksum": status,
            "cpython_output": py_out,
            "monty_output": monty_out,
            "error": error,
            "monty_details": details,
        })

    print()
    print(f"CPython {platform.python_version()} vs Monty (.NET, Release), median of {args.repeat} runs, "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end "
          "(the ratio of the fastest runs is steadier on a busy machine)")
    print()
    print("| program | CPython median | Monty median | ratio (Monty/CPython) | ratio of mins | checksum |")
    print("| --- | ---: | ---: | ---: | ---: | --- |")
    for r in rows:
        label = DESCRIPTIONS.get(r["program"], r["program"])
        ratio = f"{r['ratio']:.2f}×" if r["ratio"] else "—"
        ratio_min = f"{r['ratio_min']:.2f}×" if r["ratio_min"] else "—"
        print(f"| {label} | {fmt_time(r['cpython_s'])} | {fmt_time(r['monty_s'])} | {ratio} | {ratio_min} | {r['checksum']} |")
    print()
    print("Monty per run: managed allocation, gen-0 GCs and .NET exceptions thrown (a cost CPython doesn't pay):")
    print()
    print("| program | allocated | gen-0 GCs | .NET exceptions |")
    print("| --- | ---: | ---: | ---: |")
    for r in rows:
        d = r["monty_details"] or {}
        if "alloc_bytes_per_run" not in d:
            continue
        label = DESCRIPTIONS.get(r["program"], r["program"])
        print(f"| {label} | {fmt_bytes(d['alloc_bytes_per_run'])} | "
              f"{d['gen0_gcs_per_run']:g} | {d['clr_exceptions_per_run']:g} |")
    print()
    for r in rows:
        if r["checksum"] == "MISMATCH":
            print(f"{r['program']}: outputs differ\n  CPython: {r['cpython_output']!r}\n  Monty:   {r['monty_output']!r}")
        elif r["checksum"] == "error":
            print(f"{r['program']}: Monty failed:\n{r['error']}")
    print(f"(total {time.perf_counter() - start:.0f} s)", file=sys.stderr)

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(rows, f, indent=2)
    return 0 if all(r["checksum"] == "ok" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
