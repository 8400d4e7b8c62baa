import asyncio


async def slow(log):
    try:
        await asyncio.sleep(1)
        return "slow result"
    finally:
        log.append("slow cleaned up")


async def quick():
    await asyncio.sleep(0.01)
    return "quick result"


async def main():
    log = []
    print(await asyncio.wait_for(quick(), timeout=1))
    print(await asyncio.wait_for(quick(), None))
    try:
        await asyncio.wait_for(slow(log), timeout=0.05)
    except asyncio.TimeoutError as e:
        print("timed out", type(e).__name__, log)
    try:
        await asyncio.wait_for(slow(log), 0.01)
    except TimeoutError:
        print("builtin TimeoutError catches it too", len(log))


asyncio.run(main())
