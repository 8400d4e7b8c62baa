import asyncio


async def fetch(x):
    await asyncio.sleep(0.01)
    return x * 10


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


value = await fetch(1)
print(value)
results = await asyncio.gather(fetch(1), fetch(2), fetch(3))
print(results)
task = asyncio.create_task(fetch(7))
print(task.done())
print(await task, task.done())
print([n async for n in numbers(3)])
async for n in numbers(2):
    print("top-level async for", n)
print(await asyncio.wait_for(fetch(4), timeout=1))
print(await asyncio.sleep(0, "slept"))
try:
    await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
except TimeoutError:
    print("timed out at top level")
