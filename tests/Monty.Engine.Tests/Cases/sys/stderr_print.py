import sys
print('to stdout', file=sys.stdout)
print('to stderr', file=sys.stderr)
print('done')
