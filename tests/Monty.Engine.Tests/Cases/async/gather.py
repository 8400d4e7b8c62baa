import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    print("finished", name)
    return name.upper()


async def main():
    print(await asyncio.gather(job("a", 0.03), job("b", 0.01), job("c", 0.02)))
    print(await asyncio.gather())
    results = await asyncio.gather(job("d", 0.01), job("e", 0.02, fail=True), return_exceptions=True)
    print(results, type(results[1]).__name__)
    try:
        await asyncio.gather(job("f", 0.01, fail=True), job("g", 0.03))
    except ValueError as e:
        print("caught", e)
    # The sibling keeps running after gather has failed, as in CPython.
    await asyncio.sleep(0.05)
    same = job("h", 0)
    print(await asyncio.gather(same, same))
    task = asyncio.create_task(job("i", 0))
    print(await asyncio.gather(task, job("j", 0)))


asyncio.run(main())
