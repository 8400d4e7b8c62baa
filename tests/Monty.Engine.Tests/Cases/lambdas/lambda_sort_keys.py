# Lambdas as sort keys and with map/filter
people = [('ann', 31), ('bob', 25), ('cy', 31), ('dee', 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(list(map(lambda p: p[0].upper(), people)))
print(list(filter(lambda p: p[1] > 20, people)))
print(max(people, key=lambda p: len(p[0])))
