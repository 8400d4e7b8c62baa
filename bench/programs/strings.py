# String building (f-strings, join, concatenation) and splitting/parsing.


def make_lines(n):
    lines = []
    for i in range(n):
        name = "user" + str(i % 97)
        lines.append(f"{i},{name},{i * 7 % 1000},{'active' if i % 3 else 'idle'}")
    return "\n".join(lines)


def parse(text):
    total = 0
    names = {}
    active = 0
    for line in text.split("\n"):
        parts = line.split(",")
        total += int(parts[2])
        key = parts[1].upper()
        names[key] = names.get(key, 0) + 1
        if parts[3] == "active":
            active += 1
    return total, len(names), active


def build_report(n):
    out = ""
    for i in range(n):
        out += f"[{i:05d}] " + "x" * (i % 5) + ";"
    words = out.replace(";", " ").split()
    return len(out), len(words), out.count("xx")


def title_words(n):
    acc = []
    for i in range(n):
        s = "the quick brown fox number " + str(i)
        acc.append(" ".join(w.capitalize() for w in s.split(" ")))
    joined = "|".join(acc)
    return len(joined), joined.count("Fox"), joined[-12:]


text = make_lines(40000)
t, names, active = parse(text)
rlen, rwords, rxx = build_report(16000)
tlen, tfox, tail = title_words(16000)
print("strings", len(text), t, names, active, rlen, rwords, rxx, tlen, tfox, tail)
