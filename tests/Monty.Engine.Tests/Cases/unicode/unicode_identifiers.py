# Non-ASCII identifiers are valid names
café = 'coffee'
π = 3.14159
Δx = 2
def größe(n):
    return n * Δx
print(café, π, größe(5))
print([ñ * 2 for ñ in range(3)])
