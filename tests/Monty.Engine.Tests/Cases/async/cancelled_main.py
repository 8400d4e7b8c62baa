import asyncio


async def main():
    print("cancelling myself")
    asyncio.current_task().cancel()
    await asyncio.sleep(0)
    print("unreachable")


asyncio.run(main())
