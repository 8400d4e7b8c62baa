from sys import maxsize as M, version_info
import sys as system
print(M, version_info.major, system.byteorder)
try:
    from sys import no_such_name
except ImportError as e:
    print('ImportError', str(e).split(' (')[0])
