import asyncio
async def f():
    return 1
c = f()
try:
    for x in c:
        pass
except TypeError as e:
    print(e)
try:
    next(c)
except TypeError as e:
    print(e)
try:
    list(c)
except TypeError as e:
    print(e)
print(asyncio.run(c))
async def main():
    t = asyncio.create_task(f())
    s = {t}
    print(len(s), t in s)
    await t
    fut = asyncio.Future()
    print(fut.done())
    fut.set_result(5)
    print(await fut, fut.result())
    try:
        fut.set_result(6)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
    g = asyncio.Future()
    try:
        g.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
asyncio.run(main())
