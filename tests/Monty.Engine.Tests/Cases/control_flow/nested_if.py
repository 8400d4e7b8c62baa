# Nested conditionals and pass
for a in [True, False]:
    for b in [True, False]:
        if a:
            if b:
                print(a, b, 'both')
            else:
                pass
                print(a, b, 'only a')
        elif b:
            print(a, b, 'only b')
        else:
            print(a, b, 'neither')
