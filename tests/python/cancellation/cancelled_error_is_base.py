import asyncio

print(issubclass(asyncio.CancelledError, Exception))
print(issubclass(asyncio.CancelledError, BaseException))

async def worker():
    try:
        await asyncio.sleep(5)
    except Exception:
        print("not reached: except Exception does not catch cancellation")

async def main():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0)
    task.cancel()
    await asyncio.wait([task])
    print("cancelled:", task.cancelled())

asyncio.run(main())
