import asyncio

log = []


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        log.append(f"enter {self.name}")
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return self.suppress


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


class Plain:
    pass


async def use(name, fail=False, suppress=False):
    async with Resource(name, suppress) as value:
        log.append(f"body {value}")
        if fail:
            raise ValueError(name)
    return "after " + name


async def early_return():
    async with Resource("r") as value:
        return value + "!"


async def main():
    print(await use("a"))
    print(await use("b", fail=True, suppress=True))
    try:
        await use("c", fail=True)
    except ValueError as e:
        print("propagated", e)
    print(await early_return())
    async with Resource("x") as x, Resource("y") as y:
        log.append(x + y)
    for _ in range(2):
        async with Resource("loop"):
            break
    print(log)
    print([v async for v in Ticker(3)])
    async for v in Ticker(2):
        print("tick", v)
    try:
        async with Plain():
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
