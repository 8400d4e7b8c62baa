import asyncio


async def fine():
    await asyncio.sleep(0.01)
    return 1


async def broken(x):
    await asyncio.sleep(0)
    return {"a": 1}[x]


async def main():
    print("start")
    values = await asyncio.gather(fine(), broken("b"))
    print("unreachable", values)


asyncio.run(main())
