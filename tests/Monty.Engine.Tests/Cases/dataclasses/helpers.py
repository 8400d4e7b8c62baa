from dataclasses import dataclass, asdict, astuple, replace, is_dataclass, field
@dataclass
class Inner:
    a: int
    tags: list = field(default_factory=list)
@dataclass
class Outer:
    name: str
    inner: Inner
    more: list = field(default_factory=list)
o = Outer("o", Inner(1, ["t"]), [Inner(2)])
print(asdict(o))
print(astuple(o))
o2 = replace(o, name="copy")
print(o2.name, o2.inner is o.inner, o.name)
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(5), is_dataclass(dict))
try:
    asdict(Outer)
except TypeError as e:
    print(e)
