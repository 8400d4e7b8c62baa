import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.maxunicode, sys.version_info[:2], sys.version_info.major, sys.version_info[0] >= 3)
print(sys.version_info.minor, sys.version_info.releaselevel, type(sys.version).__name__, sys.getrecursionlimit())
