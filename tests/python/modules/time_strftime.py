import asyncio
import time

print(time.strftime("%H:%M:%S"))
print(time.strftime("%Y-%m-%d %A %B"))
print(time.strftime("%X"), time.strftime("%x"), time.strftime("%j %p %%"))
t = time.localtime()
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday)
print(time.strftime("%H:%M", time.localtime(0)))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))

async def main():
    await asyncio.sleep(3600 + 61)
    print(time.strftime("%H:%M:%S"))

asyncio.run(main())
