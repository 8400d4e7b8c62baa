# The asyncio event loop's driver. Its state lives in the VM's scheduler (plain data that
# snapshots copy); these functions only resume coroutines, as ordinary frames, so host calls and
# suspensions inside tasks work anywhere. Steps come from __asyncio_next, which returns None when
# the target is done, False after a wait for the host, or (task, coroutine, exception to throw).

def __asyncio_drive(target):
    while True:
        step = __asyncio_next(target)
        if step is None:
            return __asyncio_outcome(target)
        if step:
            __asyncio_step(step[0], step[1], step[2])

def __asyncio_step(task, coro, exc):
    try:
        if exc is None:
            awaited = coro.send(None)
        else:
            awaited = coro.throw(exc)
    except StopIteration as stop:
        __asyncio_task_return(task, stop.value)
    except BaseException as error:
        __asyncio_task_raise(task, error)
    else:
        __asyncio_task_block(task, awaited)

def __asyncio_run(main):
    task = __asyncio_begin_run(main)
    try:
        return __asyncio_drive(task)
    finally:
        rest = __asyncio_cancel_all()
        if rest is not None:
            __asyncio_drive(rest)
        __asyncio_end()

def __asyncio_await_toplevel(awaitable):
    target = __asyncio_begin_toplevel(awaitable)
    try:
        return __asyncio_drive(target)
    finally:
        __asyncio_end()

async def __asyncio_wrap(awaitable):
    return await awaitable
