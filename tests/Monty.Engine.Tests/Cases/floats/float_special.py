# Infinity and NaN behaviour
inf = float('inf')
nan = float('nan')
print(inf + 1, inf - inf, inf * 0, -inf, inf > 1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf)
print(float('Infinity'), float('-INF'), float('nAn'), float(' inf '))
print([nan] == [nan], nan in [nan])
x = nan
print(x is x, [x] == [x])
print(inf // 1, inf % 2 if False else 'skip', 1 / inf, -1 / inf)
print(max(1.0, inf), min(-inf, 0))
