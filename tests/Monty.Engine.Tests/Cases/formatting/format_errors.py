# Invalid format specs produce ValueError/TypeError
cases = [(1.5, 'd'), ('s', 'x'), (5, 's'), (1, ',,'), ('s', '+'), ([1], '>5')]
for v, spec in cases:
    try:
        print(repr(format(v, spec)))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
