from dataclasses import dataclass, field, KW_ONLY
@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80
c = Config(host="h")
print(c)
try:
    Config("h")
except TypeError as e:
    print(e)
@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(Mixed(1, c=3))
try:
    Mixed(1)
except TypeError as e:
    print(e)
@dataclass
class Two:
    a: int
    b: int
    c: int
try:
    Two()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
