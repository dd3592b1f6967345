// asyncio.Lock, Event, Condition, Semaphore, BoundedSemaphore (locks.py, CPython 3.11.7).
#include <string>

#include "support.hpp"

using aio::Coro;
using aio_test::Log;

// lock = asyncio.Lock()
// async def worker(name, hold):
//     async with lock: print(name, 'has the lock at', loop.time()); await asyncio.sleep(hold)
//     print(name, 'released')
// await asyncio.gather(worker('a', 1), worker('b', 1), worker('c', 1))
// await lock.acquire(); t1 = create_task(worker('x', 1)); t2 = create_task(worker('y', 1))
// await asyncio.sleep(0); lock.release(); t1.cancel(); await asyncio.sleep(0)
// try: await t1
// except asyncio.CancelledError: print('x cancelled', lock.locked())
// await t2
// try: lock.release()
// except RuntimeError as e: print('RuntimeError', e)
TEST_CASE("Lock: FIFO hand-over; a cancelled waiter passes the lock on; release unlocked") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    aio::Lock lock;
    auto worker = [&](std::string name, double hold) -> Coro<int> {
      {
        auto guard = co_await lock.scoped();
        log.add(name, " has the lock at ", aio_test::now());
        co_await aio::sleep(hold);
      }
      log.add(name, " released");
      co_return 0;
    };
    co_await aio::gather(worker("a", 1), worker("b", 1), worker("c", 1));
    co_await lock.acquire();
    auto t1 = aio::create_task(worker("x", 1));
    auto t2 = aio::create_task(worker("y", 1));
    co_await aio::sleep(0);
    lock.release();
    t1.cancel();
    co_await aio::sleep(0);
    try {
      co_await t1;
    } catch (const aio::CancelledError&) {
      log.add("x cancelled ", lock.locked());
    }
    co_await t2;
    try {
      lock.release();
    } catch (const std::runtime_error& e) {
      log.add("RuntimeError ", e.what());
    }
  }());
  CHECK(log.text() ==
        "a has the lock at 0\na released\nb has the lock at 1\nb released\n"
        "c has the lock at 2\nc released\nx cancelled 0\ny has the lock at 3\ny released\n"
        "RuntimeError Lock is not acquired.\n");
}

// ev = asyncio.Event()
// async def waiter(n): await ev.wait(); print('waiter', n, 'woke at', loop.time())
// ws = [create_task(waiter(i)) for i in range(3)]; await asyncio.sleep(2); ev.set(); print('set')
// await asyncio.gather(*ws); await ev.wait(); print('already set', ev.is_set())
// ev.clear(); print(ev.is_set())
TEST_CASE("Event: set wakes every waiter in order; wait on a set event returns at once") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    aio::Event ev;
    auto waiter = [&](int n) -> Coro<int> {
      co_await ev.wait();
      log.add("waiter ", n, " woke at ", aio_test::now());
      co_return n;
    };
    std::vector<aio::Task<int>> ws;
    for (int i = 0; i < 3; ++i) ws.push_back(aio::create_task(waiter(i)));
    co_await aio::sleep(2);
    ev.set();
    log("set");
    co_await aio::gather(ws);
    co_await ev.wait();
    log.add("already set ", ev.is_set());
    ev.clear();
    log.add(ev.is_set());
  }());
  CHECK(log.text() ==
        "set\nwaiter 0 woke at 2\nwaiter 1 woke at 2\nwaiter 2 woke at 2\nalready set 1\n0\n");
}

// cond = asyncio.Condition()
// async def cw(n):
//     async with cond: await cond.wait(); print('cond waiter', n, loop.time())
// cs = [create_task(cw(i)) for i in range(3)]; await asyncio.sleep(1)
// async with cond: cond.notify(1)
// await asyncio.sleep(1)
// async with cond: cond.notify_all()
// await asyncio.gather(*cs)
// cond.wait() / cond.notify() without the lock -> RuntimeError
// producer: 3 times { sleep(1); async with cond: n += 1; cond.notify_all() }
// async with cond: await cond.wait_for(lambda: n >= 3); print('predicate true at', loop.time())
TEST_CASE("Condition: notify(1), notify_all, wait_for, and waiting without the lock") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    aio::Condition cond;
    auto cw = [&](int n) -> Coro<int> {
      auto guard = co_await cond.scoped();
      co_await cond.wait();
      log.add("cond waiter ", n, " ", aio_test::now());
      co_return n;
    };
    std::vector<aio::Task<int>> cs;
    for (int i = 0; i < 3; ++i) cs.push_back(aio::create_task(cw(i)));
    co_await aio::sleep(1);
    {
      auto guard = co_await cond.scoped();
      cond.notify(1);
    }
    co_await aio::sleep(1);
    {
      auto guard = co_await cond.scoped();
      cond.notify_all();
    }
    co_await aio::gather(cs);
    try {
      co_await cond.wait();
    } catch (const std::runtime_error& e) {
      log.add("RuntimeError ", e.what());
    }
    try {
      cond.notify();
    } catch (const std::runtime_error& e) {
      log.add("RuntimeError ", e.what());
    }
    int n = 0;
    auto producer = aio::create_task([](aio::Condition& cond, int& n) -> Coro<void> {
      for (int i = 0; i < 3; ++i) {
        co_await aio::sleep(1);
        auto guard = co_await cond.scoped();
        ++n;
        cond.notify_all();
      }
    }(cond, n));
    {
      auto guard = co_await cond.scoped();
      co_await cond.wait_for([&] { return n >= 3; });
      log.add("predicate true at ", aio_test::now());
    }
    co_await producer;
  }());
  CHECK(log.text() ==
        "cond waiter 0 1\ncond waiter 1 2\ncond waiter 2 2\n"
        "RuntimeError cannot wait on un-acquired lock\n"
        "RuntimeError cannot notify on un-acquired lock\npredicate true at 5\n");
}

// sem = asyncio.Semaphore(2)
// async def worker(name, d):
//     async with sem: print(name, 'in at', loop.time(), 'value', sem._value); await
//     asyncio.sleep(d)
// await asyncio.gather(*(worker(n, 1) for n in 'abcde'))
// sem = asyncio.Semaphore(1); await sem.acquire(); a = create_task(worker('A', 1))
// await asyncio.sleep(0); sem.release()
// b = create_task(worker('B', 1))  # must not jump ahead of the woken A
// await asyncio.gather(a, b)
// bs = asyncio.BoundedSemaphore(1); await bs.acquire(); bs.release(); bs.release() -> ValueError
// asyncio.Semaphore(-1) -> ValueError
TEST_CASE("Semaphore: counts, FIFO, no overtaking a woken waiter; BoundedSemaphore") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    auto two = std::make_unique<aio::Semaphore>(2);
    aio::Semaphore* sem = two.get();
    auto worker = [&](std::string name, double d) -> Coro<int> {
      auto guard = co_await sem->scoped();
      log.add(name, " in at ", aio_test::now(), " value ", sem->value());
      co_await aio::sleep(d);
      co_return 0;
    };
    co_await aio::gather(worker("a", 1), worker("b", 1), worker("c", 1), worker("d", 1),
                         worker("e", 1));
    aio::Semaphore one(1);
    sem = &one;
    co_await one.acquire();
    auto a = aio::create_task(worker("A", 1));
    co_await aio::sleep(0);
    one.release();
    auto b = aio::create_task(worker("B", 1));
    co_await aio::gather(a, b);
    aio::BoundedSemaphore bs(1);
    co_await bs.acquire();
    bs.release();
    try {
      bs.release();
    } catch (const std::invalid_argument& e) {
      log.add("ValueError ", e.what());
    }
    try {
      aio::Semaphore negative(-1);
    } catch (const std::invalid_argument& e) {
      log.add("ValueError ", e.what());
    }
    log.add(one.locked(), " ", one.repr());
  }());
  CHECK(log.text() ==
        "a in at 0 value 1\nb in at 0 value 0\nc in at 1 value 0\nd in at 1 value 0\n"
        "e in at 2 value 1\nA in at 3 value 0\nB in at 4 value 0\n"
        "ValueError BoundedSemaphore released too many times\n"
        "ValueError Semaphore initial value must be >= 0\n"
        "0 <asyncio.locks.Semaphore object [unlocked, value:1]>\n");
}
