import traceback, asyncio
def inner(x):
    return 10 / x
def outer():
    return inner(0)
try:
    outer()
except ZeroDivisionError:
    traceback.print_exc()
    text = traceback.format_exc()
    print('formatted:', text.count('\n'), 'lines; last:', text.splitlines()[-1])
try:
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad') from e
except ValueError as e:
    parts = traceback.format_exception(e)
    print(len(parts), [p.splitlines()[0] for p in parts])
    print(traceback.format_exception_only(e))
    traceback.print_exception(e)
print(repr(traceback.format_exc()))
async def job():
    await asyncio.sleep(0)
    raise RuntimeError('in task')
async def main():
    try:
        await asyncio.create_task(job())
    except RuntimeError:
        traceback.print_exc()
        print('handled')
asyncio.run(main())
