import asyncio


async def countdown(n):
    while n > 0:
        await asyncio.sleep(0)
        yield n
        n -= 1


async def squares(values):
    for v in values:
        yield v * v


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


async def main():
    seen = []
    async for v in countdown(3):
        seen.append(v)
    print(seen)
    async for v in countdown(5):
        if v == 3:
            break
        print("got", v)
    else:
        print("not printed")
    async for v in countdown(0):
        print("not printed")
    else:
        print("empty loop ran else")
    print([v async for v in squares(range(5)) if v % 2 == 0])
    print({v async for v in squares([1, -1, 2])})
    print({v: v + 1 async for v in countdown(2)})
    print([await double(i) for i in range(3)])
    print([x + y async for x in countdown(2) for y in (10, 20)])
    gen = countdown(2)
    print(type(gen).__name__, await gen.__anext__(), await gen.__anext__())
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    try:
        async for v in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
