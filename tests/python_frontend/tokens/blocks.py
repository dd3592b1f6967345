def outer():
    def inner():
        if True:
            return [1,
                    2,
    3]
        else:
            pass
    x = (1 +
         2) \
        + 3
    return inner

	
async def g():
    async with a as b, c as d:
        async for i in aiter():
            yield i
    try:
        pass
    except* ValueError:
        raise
    finally:
        del x
