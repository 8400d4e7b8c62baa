import asyncio


async def add(a, b):
    return a + b


async def twice(x):
    first = await add(x, x)
    second = await add(first, 1)
    return first, second


async def main():
    coro = add(1, 2)
    print(type(coro).__name__, asyncio.iscoroutine(coro), asyncio.iscoroutinefunction(add))
    print(await coro)
    try:
        await coro
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await twice(5))
    try:
        await 42
    except TypeError as e:
        print("TypeError:", e)
    results = []
    for i in range(3):
        results.append(await add(i, 10))
    print(results)
    return "main done"


print(asyncio.run(main()))
print(asyncio.iscoroutinefunction(print), asyncio.iscoroutine(1))
try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError:", e)
