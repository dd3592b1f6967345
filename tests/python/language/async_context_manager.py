import asyncio

class Connection:
    def __init__(self, host):
        self.host = host

    async def __aenter__(self):
        await asyncio.sleep(1)
        print("connected to", self.host, "at", asyncio.get_running_loop().time())
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.5)
        print("closed", self.host, "error:", exc)
        return False

    async def query(self, q):
        await asyncio.sleep(1)
        return f"{self.host}: {q}"

async def main():
    async with Connection("db") as conn:
        print(await conn.query("SELECT 1"))
    try:
        async with Connection("cache"):
            raise RuntimeError("boom")
    except RuntimeError:
        print("error propagated at", asyncio.get_running_loop().time())

asyncio.run(main())
