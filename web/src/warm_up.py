# The page's warm-up (src/engine.js): a fresh engine runs this once, quietly, before the page
# calls it ready. A first run is several times slower than the next ones (the browser compiles
# the engine's code on first use), which would show as a late first line. localtime() looks up
# the time zone's names (Intl.DateTimeFormat) ahead of the tutorial's first strftime('%X'): a
# first run printing one took 25-26 ms from Run to its line in Chromium, 22 ms after this
# warm-up. The build profiles this program too (wasm/split/profile.mjs): it must not need the
# engine's deferred part (tests/wasm/engine.test.mjs checks).
import asyncio
import time

started = time.localtime()


async def warm_up():
    await asyncio.sleep(0)

asyncio.run(warm_up())
