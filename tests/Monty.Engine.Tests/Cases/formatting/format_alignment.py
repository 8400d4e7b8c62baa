# Alignment, fill and sign-aware padding
for spec in ['<8', '>8', '^8', '=8', '*^9', '0=8', '+08', ' 8']:
    print(spec.ljust(4), '[' + format(-12, spec) + ']', '[' + format(12, spec) + ']')
print('[' + format('left', '<8') + ']', '[' + format('x', '_>3') + ']')
