# Float presentation types f, e, g, % and precision rounding
vals = [0.0, 1.0, 0.5, 1234.5678, 0.000123, 1e16, 2.675, -3.25]
for v in vals:
    print(format(v, 'f'), format(v, '.2f'), format(v, '.3e'), format(v, 'g'), format(v, '.2%'))
print(format(float('inf'), 'f'), format(float('-inf'), '.2f'), format(float('nan'), 'e'))
print(format(float('inf'), 'F'), format(float('nan'), 'G'))
