from operator import itemgetter, attrgetter, methodcaller
rows = [{'name': 'b', 'age': 30}, {'name': 'a', 'age': 25}, {'name': 'c', 'age': 25}]
print(sorted(rows, key=itemgetter('age', 'name')), list(map(itemgetter('name'), rows)))
print(itemgetter(slice(1, 3))('abcd'), itemgetter(-1)([1, 2, 3]), itemgetter(0, 0)('xy'))
print(attrgetter('real', 'imag')(3), attrgetter('__class__.__name__')(1.5), methodcaller('split', ',')('a,b'), methodcaller('replace', 'a', 'b', 1)('aaa'))
print([f('hello') for f in [methodcaller('upper'), methodcaller('count', 'l'), methodcaller('center', 9, '*')]])
for bad in [lambda: itemgetter(5)([1]), lambda: attrgetter('nope')(1), lambda: attrgetter(5), lambda: methodcaller(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
