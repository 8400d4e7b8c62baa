import re

data = b"id=42; name=caf\xc3\xa9; id=7\n"
print(re.findall(rb"id=(\d+)", data), re.search(rb"name=(\S+);", data).group(1))
m = re.match(rb"(?P<key>\w+)=(?P<value>\w+)", data)
print(m, m.group(), m.groups(), m.groupdict(), m.span(2), m.string[:5], m.re)
print(re.sub(rb"\d+", b"#", data), re.subn(rb"id", b"ID", data), re.sub(rb"(\w+)=", rb"\1:", data))
print(re.sub(rb"\d+", lambda m: str(int(m.group()) * 2).encode(), data))
print(re.split(rb"[;\n] ?", data), re.split(rb"(=)", b"a=b=c", maxsplit=1))
p = re.compile(rb"\w+", re.I)
print(p, p.pattern, p.flags, re.compile(b"x").flags, re.compile(b"x", re.A).flags, p.groups)
print([m.group() for m in p.finditer(b"Hello, World \xe9t\xe9")], p.fullmatch(b"abc"), p.search(b"!!"))
print(re.escape(b"a.b*c"), re.compile(rb"a|b").findall(b"abc"), m.expand(rb"<\g<value>>"))
print(re.findall(rb"\s", b" \t\x85\xa0x"), re.findall(r"\s", " \t\x85\xa0x"))
for bad in [lambda: re.search(rb"a", "abc"), lambda: re.search(r"a", b"abc"),
            lambda: re.compile(rb"a", re.U), lambda: re.sub(rb"a", "x", b"aa"),
            lambda: re.sub(r"a", b"x", "aa"), lambda: m.expand("x")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(re.sub(rb"a", "x", b"bb"), re.subn(r"a", b"x", "bb"))
for bad in [lambda: re.sub(rb"a", 5, b"aa"), lambda: re.match("a", "a").expand(b"x"), lambda: re.escape(5)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
