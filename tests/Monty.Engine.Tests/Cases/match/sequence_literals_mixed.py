def cmd(c):
    match c.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["pick", "up", item] | ["take", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "nothing"
        case _:
            return f"unknown {c!r}"
for c in ["go north", "pick up lamp", "take key", "drop a b c", "drop", "quit", "exit", "", "dance now"]:
    print(cmd(c))
