import sys

# Version facts, read by index, by name and through slices (CPython 3.11, like the oracle).
info = sys.version_info
print(info.major, info.minor, info[0] == info.major, info[:2] == (3, 11), info[:2] >= (3, 8), len(info[:]))
print(info.releaselevel, info.serial, info[3], info[-1], info[3:], max(info[:2]), 3 in info[:2])
print(hex(sys.hexversion >> 16), sys.hexversion >> 24, (sys.hexversion >> 4) & 0xf == 0xf)
print(sys.version.split()[0].startswith('3.11.'), type(sys.version).__name__)

# Sizes: maxsize is the largest 64-bit int, maxunicode the last code point.
print(type(sys.maxsize).__name__, sys.maxsize + 1 == 2 ** 63, -sys.maxsize - 1, sys.maxsize.bit_length())
print(chr(sys.maxunicode) == '\U0010ffff', len(chr(sys.maxunicode)), hex(sys.maxunicode), sys.byteorder)
print(sys.getrecursionlimit())

# sys.exit raises SystemExit, which `except Exception` does not catch.
for code in (2, 'bye', None, 0):
    try:
        try:
            sys.exit(code)
        except Exception:
            print('not caught by except Exception')
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args, isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit(1, 2)
except TypeError as e:
    print('TypeError:', e)

# print() into the standard streams.
print('out', 1, 2, sep='-', file=sys.stdout, end='!\n')
print('to stderr', file=sys.stderr, flush=True)
print(sys.stdout is sys.stdout, sys.stdout is not sys.stderr, type(sys.stdout).__name__)
print('last line')
