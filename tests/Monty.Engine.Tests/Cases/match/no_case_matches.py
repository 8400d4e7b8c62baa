x = "unchanged"
match 99:
    case 1:
        x = "one"
    case [x]:
        pass
print(x)
for i in range(3):
    match i:
        case 0:
            continue
        case 2:
            break
    print("after match", i)
print("done", i)
