import asyncio


async def boom():
    await asyncio.sleep(0)
    raise KeyError("missing")


try:
    await boom()
except KeyError as e:
    print("caught", e)


async def main():
    return 1


try:
    asyncio.run(main())
except RuntimeError as e:
    print("RuntimeError:", e)
await boom()
