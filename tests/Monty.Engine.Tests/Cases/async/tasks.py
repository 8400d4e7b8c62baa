import asyncio


async def worker(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return f"{name} done"


async def sleeper(log):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("sleeper cancelled")
        raise
    return "never"


async def main():
    log = []
    t1 = asyncio.create_task(worker("a", 3, log))
    t2 = asyncio.create_task(worker("b", 2, log), name="second")
    print(t1.done(), t2.get_name())
    print(await t1, await t2, t1.done(), t1.result())
    print(log)
    s = asyncio.create_task(sleeper(log))
    await asyncio.sleep(0)
    print(s.cancel(), s.cancelled())
    try:
        await s
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print(s.cancelled(), s.done(), log[-1], s.cancel())
    print(asyncio.current_task().get_name().startswith("Task-"))
    try:
        s.result()
    except asyncio.CancelledError:
        print("result() of a cancelled task raises too")
    f = asyncio.ensure_future(worker("c", 1, log))
    print(await f)
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())


async def lonely():
    return 1


coro = lonely()
try:
    asyncio.create_task(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
print(asyncio.run(coro))
