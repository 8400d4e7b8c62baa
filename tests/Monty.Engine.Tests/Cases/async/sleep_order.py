import asyncio

order = []


async def tick(name, n):
    for i in range(n):
        order.append((name, i))
        await asyncio.sleep(0)


async def later(name, delay):
    value = await asyncio.sleep(delay, result=name)
    order.append(value)


async def main():
    await asyncio.gather(tick("x", 3), tick("y", 2), tick("z", 1))
    print(order)
    order.clear()
    await asyncio.gather(later("slow", 0.03), later("fast", 0.01), later("mid", 0.02))
    print(order)
    print(await asyncio.sleep(0, "zero"))


asyncio.run(main())
