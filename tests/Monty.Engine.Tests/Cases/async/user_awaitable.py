import asyncio


class Later:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield
        return self.value * 2


async def main():
    print(await Later(21))
    print(await asyncio.gather(Later(1), Later(2)))
    print(await asyncio.wait_for(Later(5), timeout=1))


asyncio.run(main())
