// asyncio.wait, wait_for, as_completed and shield (tasks.py, CPython 3.11).
#include <string>
#include <vector>

#include "support.hpp"

using aio::Coro;
using aio::Future;
using aio::Task;
using aio_test::Log;

namespace {

Coro<int> identite(int x, double delay) {
  co_await aio::sleep(delay);
  co_return x;
}

Coro<int> boom(double delay) {
  co_await aio::sleep(delay);
  throw std::invalid_argument("boom");
}

template <class T>
std::string indexes(const std::vector<Future<T>>& subset, const std::vector<Task<T>>& all) {
  std::string text;
  for (std::size_t i = 0; i < all.size(); ++i) {
    for (auto& f : subset) {
      if (f == all[i]) text += (text.empty() ? "" : ", ") + std::to_string(i);
    }
  }
  return "[" + text + "]";
}

Coro<void> trop_long(Log& log) {
  try {
    co_await aio::sleep(60);
    log("1 minute !");
  } catch (const aio::CancelledError&) {
    log.add("inner cancelled at ", aio_test::now());
    throw;
  }
}

Coro<std::string> quick() {
  co_await aio::sleep(1);
  co_return "quick";
}

}  // namespace

// taches = [asyncio.create_task(identite(i, 5-i)) for i in range(1,4)]
// done, pending = await asyncio.wait(taches, return_when=asyncio.FIRST_COMPLETED)
// print([tache in done for tache in taches]); print(taches[2].result(), loop.time())
// done, pending = await asyncio.wait(taches); print(len(done), len(pending), loop.time())
// ts = [create_task(identite(1, 1)), create_task(boom(2)), create_task(identite(3, 3))]
// done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)  -> [0, 1] [2] 6.0
// done, pending = await asyncio.wait(ts, timeout=0.5)                          -> [0, 1] [2] 6.5
// await ts[2]; await asyncio.wait([]) -> ValueError Set of Tasks/Futures is empty.
// slow = create_task(identite(9, 10)); done, pending = await asyncio.wait([slow], timeout=2)
// print(len(done), len(pending), loop.time(), slow.done())                     -> 0 1 9.0 False
TEST_CASE("wait: FIRST_COMPLETED, ALL_COMPLETED, FIRST_EXCEPTION, timeout, empty input") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    std::vector<Task<int>> taches;
    for (int i = 1; i < 4; ++i) taches.push_back(aio::create_task(identite(i, 5 - i)));
    auto first = co_await aio::wait(taches, aio::FIRST_COMPLETED);
    log(indexes(first.done, taches));
    log.add(taches[2].result(), " ", aio_test::now());
    auto all = co_await aio::wait(taches);
    log.add(all.done.size(), " ", all.pending.size(), " ", aio_test::now());

    std::vector<Task<int>> ts{aio::create_task(identite(1, 1)), aio::create_task(boom(2)),
                              aio::create_task(identite(3, 3))};
    auto failed = co_await aio::wait(ts, aio::FIRST_EXCEPTION);
    log.add(indexes(failed.done, ts), " ", indexes(failed.pending, ts), " ", aio_test::now());
    auto timed = co_await aio::wait(ts, aio::ALL_COMPLETED, 0.5);
    log.add(indexes(timed.done, ts), " ", indexes(timed.pending, ts), " ", aio_test::now());
    co_await ts[2];
    try {
      std::vector<Future<int>> none;
      co_await aio::wait(none);
    } catch (const std::invalid_argument& e) {
      log.add("ValueError ", e.what());
    }
    auto slow = aio::create_task(identite(9, 10));
    std::vector<Task<int>> just_slow{slow};
    auto late = co_await aio::wait(just_slow, aio::ALL_COMPLETED, 2);
    log.add(late.done.size(), " ", late.pending.size(), " ", aio_test::now(), " ", slow.done());
    slow.cancel();
    ts[1].base().exception();  // retrieved, as the test only looked at which tasks were done
  }());
  CHECK(log.text() ==
        "[2]\n3 2\n3 0 4\n[0, 1] [2] 6\n[0, 1] [2] 6.5\n"
        "ValueError Set of Tasks/Futures is empty.\n0 1 9 0\n");
}

// print(await asyncio.wait_for(quick(), timeout=2), loop.time())              -> quick 1.0
// try: await asyncio.wait_for(trop_long(), timeout=2)
// except asyncio.TimeoutError: print('timeout !', loop.time())                -> (inner cancelled
// at 3.0) timeout ! 3.0 f = loop.create_future(); f.set_result(5); print(await asyncio.wait_for(f,
// 0))  -> 5 t = create_task(trop_long()); try: await asyncio.wait_for(t, 0) except TimeoutError:
// print('timeout 0', t.cancelled(), loop.time())         -> timeout 0 True 3.0 print(await
// asyncio.wait_for(quick(), None), loop.time())                   -> quick 4.0 o =
// create_task(outer()) where outer awaits wait_for(trop_long(), 10); sleep(1); o.cancel()
//                                                  -> inner cancelled at 5.0, outer cancelled 5.0
// print(await asyncio.wait_for(swallow(), timeout=1), loop.time())   -> swallowed, swallowed
// result 6.0
TEST_CASE("wait_for: result, timeout, zero timeout, no timeout, outer cancellation, swallow") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    aio::EventLoop& loop = aio::EventLoop::get_running();
    log.add(co_await aio::wait_for(quick(), 2), " ", aio_test::now());
    try {
      co_await aio::wait_for(trop_long(log), 2);
    } catch (const aio::TimeoutError&) {
      log.add("timeout ! ", aio_test::now());
    }
    Future<int> f(loop);
    f.set_result(5);
    log.add(co_await aio::wait_for(f, 0));
    auto t = aio::create_task(trop_long(log));
    try {
      co_await aio::wait_for(t, 0);
    } catch (const aio::TimeoutError&) {
      log.add("timeout 0 ", t.cancelled(), " ", aio_test::now());
    }
    log.add(co_await aio::wait_for(quick(), std::nullopt), " ", aio_test::now());
    auto o = aio::create_task(
        [](Log& log) -> Coro<void> { co_await aio::wait_for(trop_long(log), 10); }(log));
    co_await aio::sleep(1);
    o.cancel();
    try {
      co_await o;
    } catch (const aio::CancelledError&) {
      log.add("outer cancelled ", aio_test::now());
    }
    auto swallow = [](Log& log) -> Coro<std::string> {
      try {
        co_await aio::sleep(5);
      } catch (const aio::CancelledError&) {
        log("swallowed");
      }
      co_return "swallowed result";
    };
    log.add(co_await aio::wait_for(swallow(log), 1), " ", aio_test::now());
  }());
  CHECK(log.text() ==
        "quick 1\ninner cancelled at 3\ntimeout ! 3\n5\ntimeout 0 1 3\nquick 4\n"
        "inner cancelled at 5\nouter cancelled 5\nswallowed\nswallowed result 6\n");
}

// for coro in asyncio.as_completed([identite(i, 5 - i) for i in range(1, 4)]):
//     print(await coro, loop.time())                  -> 3 2.0 / 2 3.0 / 1 4.0
// ts = [create_task(identite(i, i)) for i in range(1, 4)]
// try:
//     for coro in asyncio.as_completed(ts, timeout=2.5): print('got', await coro, loop.time())
// except asyncio.TimeoutError: print('timeout', loop.time())   -> got 1 5.0 / got 2 6.0 /
// timeout 6.5
TEST_CASE("as_completed yields results in completion order and times out") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    std::vector<Future<int>> futures;
    for (int i = 1; i < 4; ++i) futures.push_back(aio::ensure_future(identite(i, 5 - i)));
    for (auto& next : aio::as_completed(futures)) {
      log.add(co_await std::move(next), " ", aio_test::now());
    }
    std::vector<Task<int>> ts;
    for (int i = 1; i < 4; ++i) ts.push_back(aio::create_task(identite(i, i)));
    try {
      for (auto& next : aio::as_completed(ts, 2.5)) {
        log.add("got ", co_await std::move(next), " ", aio_test::now());
      }
    } catch (const aio::TimeoutError&) {
      log.add("timeout ", aio_test::now());
    }
    co_await ts[2];
  }());
  CHECK(log.text() == "3 2\n2 3\n1 4\ngot 1 5\ngot 2 6\ntimeout 6.5\n");
}

// inner = create_task(work(3)); w = create_task(waiter()) where waiter awaits shield(inner)
// await sleep(1); w.cancel()       -> waiter cancelled 1.0 False / work done at 3.0 / result 3.0
// await asyncio.shield(work(1, fail=True))                   -> ValueError inner failed
// i2 = create_task(work(5)); s = shield(i2); sleep(1); i2.cancel(); await s -> outer cancelled too
// True print(asyncio.shield(inner) is inner)                                   -> True
TEST_CASE("shield: the awaiter's cancellation leaves the inner task running") {
  Log log;
  auto work = [](Log& log, double delay, bool fail) -> Coro<std::string> {
    co_await aio::sleep(delay);
    if (fail) throw std::invalid_argument("inner failed");
    log.add("work done at ", aio_test::now());
    co_return "result";
  };
  aio_test::run([&]() -> Coro<void> {
    auto inner = aio::create_task(work(log, 3, false));
    auto w = aio::create_task([](Task<std::string> inner) -> Coro<std::string> {
      co_return co_await aio::shield(inner);
    }(inner));
    co_await aio::sleep(1);
    w.cancel();
    try {
      co_await w;
    } catch (const aio::CancelledError&) {
      log.add("waiter cancelled ", aio_test::now(), " ", inner.done());
    }
    log.add(co_await inner, " ", aio_test::now());
    try {
      co_await aio::shield(work(log, 1, true));
    } catch (const std::invalid_argument& e) {
      log.add("ValueError ", e.what());
    }
    auto i2 = aio::create_task(work(log, 5, false));
    auto s = aio::shield(i2);
    co_await aio::sleep(1);
    i2.cancel();
    try {
      co_await s;
    } catch (const aio::CancelledError&) {
      log.add("outer cancelled too ", s.cancelled());
    }
    log.add(aio::shield(inner) == inner);
  }());
  CHECK(log.text() ==
        "waiter cancelled 1 0\nwork done at 3\nresult 3\nValueError inner failed\n"
        "outer cancelled too 1\n1\n");
}
