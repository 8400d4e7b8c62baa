class Point:
    pass
print(Point.__name__)
Point.nothing
