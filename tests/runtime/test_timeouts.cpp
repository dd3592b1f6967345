// asyncio.timeout / timeout_at (timeouts.py, CPython 3.11.7).
#include <string>

#include "support.hpp"

using aio::Coro;
using aio::Timeout;
using aio_test::Log;

namespace {

Coro<std::string> body(Log& log, double delay) {
  try {
    co_await aio::sleep(delay);
    log.add("body done ", aio_test::now());
    co_return "ok";
  } catch (const aio::CancelledError&) {
    log.add("body cleanup ", aio_test::now());
    throw;
  }
}

// `async with scope as t: await block(t)`
template <class Block>
Coro<void> within(Timeout scope, Block block) {
  co_await scope.run(block(scope));
}

}  // namespace

// The program in this test's comment lines, run by CPython, prints exactly the expected text.
//   try:
//       async with asyncio.timeout(2) as t: await body(5)
//   except TimeoutError: print('TimeoutError', loop.time(), t.expired())
//   async with asyncio.timeout(2) as t: await body(1)
//   print('not expired', t.expired(), loop.time())
//   try:
//       async with asyncio.timeout(1) as t: t.reschedule(loop.time() + 3); await body(5)
//   except TimeoutError: print('rescheduled later', loop.time())
//   try:
//       async with asyncio.timeout(10) as t: t.reschedule(loop.time() - 1); await body(5)
//   except TimeoutError: print('rescheduled to the past', loop.time())
//   async with asyncio.timeout(1) as t: t.reschedule(None); await body(2)
//   print('rescheduled to None', loop.time())
//   try:
//       async with asyncio.timeout_at(loop.time() + 1.5): await body(5)
//   except TimeoutError: print('timeout_at', loop.time())
TEST_CASE("timeout: expiry, no expiry, reschedule later / to the past / to None, timeout_at") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    aio::EventLoop& loop = aio::EventLoop::get_running();
    Timeout t = aio::timeout(2);
    try {
      co_await t.run(body(log, 5));
    } catch (const aio::TimeoutError&) {
      log.add("TimeoutError ", aio_test::now(), " ", t.expired());
    }
    t = aio::timeout(2);
    co_await t.run(body(log, 1));
    log.add("not expired ", t.expired(), " ", aio_test::now());
    try {
      co_await within(aio::timeout(1), [&](Timeout t) -> Coro<void> {
        t.reschedule(loop.time() + 3);
        co_await body(log, 5);
      });
    } catch (const aio::TimeoutError&) {
      log.add("rescheduled later ", aio_test::now());
    }
    try {
      co_await within(aio::timeout(10), [&](Timeout t) -> Coro<void> {
        t.reschedule(loop.time() - 1);
        co_await body(log, 5);
      });
    } catch (const aio::TimeoutError&) {
      log.add("rescheduled to the past ", aio_test::now());
    }
    co_await within(aio::timeout(1), [&](Timeout t) -> Coro<void> {
      t.reschedule(std::nullopt);
      co_await body(log, 2);
    });
    log.add("rescheduled to None ", aio_test::now());
    try {
      co_await aio::timeout_at(loop.time() + 1.5, body(log, 5));
    } catch (const aio::TimeoutError&) {
      log.add("timeout_at ", aio_test::now());
    }
  }());
  CHECK(log.text() ==
        "body cleanup 2\nTimeoutError 2 1\nbody done 3\nnot expired 0 3\n"
        "body cleanup 6\nrescheduled later 6\nbody cleanup 6\nrescheduled to the past 6\n"
        "body done 8\nrescheduled to None 8\nbody cleanup 9.5\ntimeout_at 9.5\n");
}

// (continuing at t=0 here; CPython's run continued from 9.5, so its times are 9.5 later)
//   try:
//       async with asyncio.timeout(5) as outer:
//           try:
//               async with asyncio.timeout(1) as inner: await body(10)
//           except TimeoutError: print('inner fired', loop.time(), inner.expired(),
//           outer.expired()) await body(10)
//   except TimeoutError: print('outer fired', loop.time(), outer.expired())
//   try:
//       async with asyncio.timeout(5) as outer:
//           async with asyncio.timeout(10) as inner: await body(20)
//   except TimeoutError: print('outer first', loop.time(), inner.expired(), outer.expired())
//   async with asyncio.timeout(1) as t:
//       try: await asyncio.sleep(3)
//       except asyncio.CancelledError: print('swallowed')
//   print('after swallow', loop.time(), t.expired())
TEST_CASE("nested timeouts: each converts only its own cancellation; a swallowed one is silent") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    Timeout outer = aio::timeout(5);
    Timeout inner = aio::timeout(1);
    try {
      co_await within(outer, [&](Timeout) -> Coro<void> {
        try {
          co_await inner.run(body(log, 10));
        } catch (const aio::TimeoutError&) {
          log.add("inner fired ", aio_test::now(), " ", inner.expired(), " ", outer.expired());
        }
        co_await body(log, 10);
      });
    } catch (const aio::TimeoutError&) {
      log.add("outer fired ", aio_test::now(), " ", outer.expired());
    }
    outer = aio::timeout(5);
    inner = aio::timeout(10);
    try {
      co_await within(outer, [&](Timeout) -> Coro<void> { co_await inner.run(body(log, 20)); });
    } catch (const aio::TimeoutError&) {
      log.add("outer first ", aio_test::now(), " ", inner.expired(), " ", outer.expired());
    }
    Timeout t = aio::timeout(1);
    co_await within(t, [&](Timeout) -> Coro<void> {
      try {
        co_await aio::sleep(3);
      } catch (const aio::CancelledError&) {
        log("swallowed");
      }
    });
    log.add("after swallow ", aio_test::now(), " ", t.expired());
  }());
  CHECK(log.text() ==
        "body cleanup 1\ninner fired 1 1 0\nbody cleanup 5\nouter fired 5 1\n"
        "body cleanup 10\nouter first 10 0 1\nswallowed\nafter swallow 11 1\n");
}

//   async def victim():
//       async with asyncio.timeout(10): await body(20)
//   v = asyncio.create_task(victim()); await asyncio.sleep(1); v.cancel()
//   try: await v
//   except asyncio.CancelledError: print('outside cancel stays CancelledError', loop.time())
//   t = asyncio.timeout(1); t.reschedule(3)   -> RuntimeError Timeout has not been entered
TEST_CASE("a cancellation from outside stays a CancelledError; misuse raises RuntimeError") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    auto v = aio::create_task(aio::timeout(10, body(log, 20)));
    co_await aio::sleep(1);
    v.cancel();
    try {
      co_await v;
    } catch (const aio::CancelledError&) {
      log.add("outside cancel stays CancelledError ", aio_test::now());
    }
    Timeout t = aio::timeout(1);
    try {
      t.reschedule(3);
    } catch (const std::runtime_error& e) {
      log.add("RuntimeError ", e.what());
    }
    CHECK(t.repr() == "<Timeout [created]>");
    t.enter();
    CHECK(t.repr() == "<Timeout [active] when=2>");
    try {
      t.enter();
    } catch (const std::runtime_error& e) {
      log.add("RuntimeError ", e.what());
    }
    CHECK_FALSE(t.exit(nullptr));
    CHECK(t.repr() == "<Timeout [finished]>");
  }());
  CHECK(
      log.text() ==
      "body cleanup 1\noutside cancel stays CancelledError 1\n"
      "RuntimeError Timeout has not been entered\nRuntimeError Timeout has already been entered\n");
}

TEST_CASE("timeout() outside a task is a RuntimeError") {
  aio::EventLoop loop(aio::LoopOptions{aio::ClockKind::Virtual});
  bool raised = false;
  loop.call_soon([&] {
    Timeout t = aio::timeout(1);
    try {
      t.enter();
    } catch (const std::runtime_error& e) {
      raised = std::string(e.what()) == "Timeout should be used inside a task";
    }
  });
  loop.run_once();
  CHECK(raised);
}
