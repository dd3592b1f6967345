// asyncio.Task semantics (tasks.py __step / __wakeup / cancel in CPython 3.11).
#include <memory>
#include <string>

#include "support.hpp"

using aio::Coro;
using aio::EventLoop;
using aio::Task;
using aio_test::Log;

namespace {

Coro<void> worker(Log& log, std::string name, int n) {
  for (int i = 0; i < n; ++i) {
    log.add(name, " ", i);
    co_await aio::sleep(0);
  }
}

}  // namespace

// async def worker(name, n):
//     for i in range(n): print(name, i); await asyncio.sleep(0)
// async def main():
//     a = asyncio.create_task(worker('a', 3)); b = asyncio.create_task(worker('b', 2))
//     print('main before'); await asyncio.sleep(0); print('main after one yield')
//     await a; await b; print('done')
TEST_CASE("tasks interleave on sleep(0) in creation order") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    auto a = aio::create_task(worker(log, "a", 3));
    auto b = aio::create_task(worker(log, "b", 2));
    log("main before");
    co_await aio::sleep(0);
    log("main after one yield");
    co_await a;
    co_await b;
    log("done");
  }());
  CHECK(log.text() == "main before\na 0\nb 0\nmain after one yield\na 1\nb 1\na 2\ndone\n");
}

TEST_CASE("a coroutine does not run until it is awaited or wrapped in a task") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    auto coro = [](Log& log) -> Coro<int> {
      log("running");
      co_return 7;
    }(log);
    log("created");
    int value = co_await std::move(coro);
    log.add("got ", value);
  }());
  CHECK(log.text() == "created\nrunning\ngot 7\n");
}

// The cancellation paths, checked line by line against CPython:
//   async def sleeper(name):
//       try: await asyncio.sleep(10)
//       except asyncio.CancelledError as e: print(name, 'cancelled with', e.args); raise
//   async def swallow():
//       try: await asyncio.sleep(10)
//       except asyncio.CancelledError: print('swallowed')
//       return 'survived'
//   async def never_started(): print('should not print')
//   async def main():
//       t0 = asyncio.create_task(never_started()); print(t0.cancel())
//       t1 = asyncio.create_task(sleeper('t1')); await asyncio.sleep(1)
//       print(t1.cancel('stop!'), t1.cancelling())
//       try: await t1
//       except asyncio.CancelledError as e: print('await t1 raised', e.args)
//       print(t1.cancelled(), t1.cancel())
//       try: await t0
//       except asyncio.CancelledError as e: print('await t0 raised', e.args, t0.cancelled())
//       t2 = asyncio.create_task(swallow()); await asyncio.sleep(0); t2.cancel()
//       print(await t2, t2.cancelled(), t2.cancelling())
//       t3 = asyncio.create_task(sleeper('t3')); await asyncio.sleep(0)
//       t3.cancel(); t3.cancel('second'); print('cancelling', t3.cancelling())
//       try: await t3
//       except asyncio.CancelledError as e: print('t3', e.args)
//       print(asyncio.get_running_loop().time())
namespace {

std::string args_of(const aio::CancelledError& e) {
  return e.message() ? "('" + *e.message() + "',)" : "()";
}

Coro<void> sleeper(Log& log, std::string name) {
  try {
    co_await aio::sleep(10);
  } catch (const aio::CancelledError& e) {
    log.add(name, " cancelled with ", args_of(e));
    throw;
  }
}

Coro<std::string> swallow(Log& log) {
  try {
    co_await aio::sleep(10);
  } catch (const aio::CancelledError&) {
    log("swallowed");
  }
  co_return "survived";
}

const char* py_bool(bool b) {
  return b ? "True" : "False";
}

}  // namespace

TEST_CASE("cancellation: before the first step, while waiting, when done, swallowed, twice") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    auto t0 = aio::create_task([](Log& log) -> Coro<void> {
      log("should not print");
      co_return;
    }(log));
    log(py_bool(t0.cancel()));
    auto t1 = aio::create_task(sleeper(log, "t1"));
    co_await aio::sleep(1);
    bool cancelled_now = t1.cancel("stop!");
    log.add(py_bool(cancelled_now), " ", t1.cancelling());
    try {
      co_await t1;
    } catch (const aio::CancelledError& e) {
      log.add("await t1 raised ", args_of(e));
    }
    log.add(py_bool(t1.cancelled()), " ", py_bool(t1.cancel()));
    try {
      co_await t0;
    } catch (const aio::CancelledError& e) {
      log.add("await t0 raised ", args_of(e), " ", py_bool(t0.cancelled()));
    }
    auto t2 = aio::create_task(swallow(log));
    co_await aio::sleep(0);
    t2.cancel();
    std::string value = co_await t2;
    log.add(value, " ", py_bool(t2.cancelled()), " ", t2.cancelling());
    auto t3 = aio::create_task(sleeper(log, "t3"));
    co_await aio::sleep(0);
    t3.cancel();
    t3.cancel("second");
    log.add("cancelling ", t3.cancelling());
    try {
      co_await t3;
    } catch (const aio::CancelledError& e) {
      log.add("t3 ", args_of(e));
    }
    log.add(aio_test::now());
  }());
  CHECK(log.text() ==
        "True\n"
        "True 1\n"
        "t1 cancelled with ('stop!',)\n"
        "await t1 raised ('stop!',)\n"
        "True False\n"
        "await t0 raised () True\n"
        "swallowed\n"
        "survived False 1\n"
        "cancelling 2\n"
        "t3 cancelled with ()\n"
        "t3 ()\n"
        "1\n");
}

TEST_CASE("uncancel counts down the cancellation requests") {
  aio_test::run([]() -> Coro<void> {
    auto task = aio::create_task([]() -> Coro<void> { co_await aio::sleep(1); }());
    task.cancel();
    task.cancel();
    CHECK(task.cancelling() == 2);
    CHECK(task.uncancel() == 1);
    CHECK(task.uncancel() == 0);
    CHECK(task.uncancel() == 0);
    try {
      co_await task;
    } catch (const aio::CancelledError&) {
    }
    CHECK(task.cancelled());
  }());
}

// async def f():
//     t = asyncio.current_task(); print(t.get_name(), len(asyncio.all_tasks()))
//     await asyncio.sleep(0)
// async def main():
//     ts = [asyncio.create_task(f()) for _ in range(3)]
//     ts.append(asyncio.create_task(f(), name='custom'))
//     await asyncio.gather(*ts); print(asyncio.current_task().get_name())
// asyncio.run(main())
TEST_CASE("task names count from Task-1, current_task and all_tasks see the running tasks") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    auto f = [](Log& log) -> Coro<void> {
      log.add(aio::current_task()->name(), " ", aio::all_tasks().size());
      co_await aio::sleep(0);
    };
    std::vector<Task<void>> tasks;
    for (int i = 0; i < 3; ++i) tasks.push_back(aio::create_task(f(log)));
    tasks.push_back(aio::create_task(f(log), "custom"));
    for (auto& task : tasks) co_await task;
    log(aio::current_task()->name());
  }());
  CHECK(log.text() == "Task-2 5\nTask-3 5\nTask-4 5\ncustom 5\nTask-1\n");
  CHECK(aio::current_task() == nullptr);
}

TEST_CASE("a task's exception reaches its awaiter as the original C++ exception") {
  aio_test::run([]() -> Coro<void> {
    auto task = aio::create_task([]() -> Coro<int> {
      co_await aio::sleep(0.5);
      throw std::out_of_range("no such item");
    }());
    try {
      co_await task;
      FAIL("expected an exception");
    } catch (const std::out_of_range& e) {
      CHECK(std::string(e.what()) == "no such item");
    }
    CHECK(task.done());
    CHECK_FALSE(task.cancelled());
    CHECK(task.repr() == "<Task finished name='Task-2' exception=RuntimeError('no such item')>");
  }());
}

TEST_CASE("aio::run returns the main coroutine's value or rethrows its exception") {
  CHECK(aio_test::run([]() -> Coro<int> { co_return 5; }()) == 5);
  CHECK_THROWS_WITH_AS(
      aio_test::run([]() -> Coro<void> { throw std::invalid_argument("bad input"); }()),
      "bad input", std::invalid_argument);
}

TEST_CASE("aio::run refuses to nest inside a running loop") {
  aio_test::run([]() -> Coro<void> {
    CHECK_THROWS_WITH_AS(aio_test::run([]() -> Coro<void> { co_return; }()),
                         "asyncio.run() cannot be called from a running event loop",
                         std::runtime_error);
    co_return;
  }());
}

TEST_CASE("a task awaiting itself gets RuntimeError") {
  aio_test::run([]() -> Coro<void> {
    auto self = std::make_shared<Task<void>>();
    *self = aio::create_task([](std::shared_ptr<Task<void>> self) -> Coro<void> {
      co_await aio::sleep(0);
      co_await *self;
    }(self));
    try {
      co_await *self;
      FAIL("expected RuntimeError");
    } catch (const std::runtime_error& e) {
      CHECK(std::string(e.what()).rfind("Task cannot await on itself: <Task pending", 0) == 0);
    }
    self->base().result_error();  // consumed; breaks the self-reference below
    self.reset();
  }());
}

TEST_CASE("a task exception nobody retrieved is reported to the exception handler") {
  std::vector<std::string> reports;
  aio_test::run([&]() -> Coro<void> {
    EventLoop::get_running().set_exception_handler([&](const aio::ExceptionContext& context) {
      reports.push_back(context.message + " | " + context.future->repr());
    });
    {
      auto task = aio::create_task([]() -> Coro<void> {
        throw std::runtime_error("boom");
        co_return;
      }());
      co_await aio::sleep(0);
      CHECK(task.done());
    }
    co_return;
  }());
  REQUIRE(reports.size() == 1);
  CHECK(reports[0] ==
        "Task exception was never retrieved | <Task finished name='Task-2' "
        "exception=RuntimeError('boom')>");
}

namespace {
int live_frames = 0;
struct FrameProbe {
  FrameProbe() { ++live_frames; }
  ~FrameProbe() { --live_frames; }
};
}  // namespace

TEST_CASE("coroutines destroyed unfinished free their frames") {
  live_frames = 0;
  auto waits_forever = []() -> Coro<void> {
    FrameProbe probe;
    co_await aio::Future<void>::create();  // never completed
  };
  {
    auto never_started = waits_forever();  // created, never run, destroyed
  }
  // A task still waiting when aio::run finishes is cancelled, and its frame is freed.
  aio_test::run([&]() -> Coro<void> {
    aio::create_task(waits_forever());
    co_await aio::sleep(0);
    CHECK(live_frames == 1);
  }());
  CHECK(live_frames == 0);
  // A loop torn down with a pending task also frees it.
  {
    EventLoop loop(aio::LoopOptions{aio::ClockKind::Virtual});
    aio::create_task(loop, waits_forever());
    loop.run_once();
    CHECK(live_frames == 1);
  }
  CHECK(live_frames == 0);
}

TEST_CASE("a deep chain of awaited coroutines does not grow the native stack") {
  struct Deep {
    static Coro<long> depth(int n) {
      if (n == 0) {
        co_await aio::sleep(0);
        co_return 0;
      }
      long below = co_await depth(n - 1);
      co_return below + 1;
    }
  };
  // Symmetric transfer is a tail call; sanitizers instrument frames and rule tail calls out, so
  // there the chain is kept short enough for the stack.
#if defined(__SANITIZE_ADDRESS__)
  constexpr int kDepth = 1000;
#else
  constexpr int kDepth = 100000;
#endif
  CHECK(aio_test::run(Deep::depth(kDepth)) == kDepth);
}

TEST_CASE("sleep(delay, result) gives back the result after the delay") {
  aio_test::run([]() -> Coro<void> {
    std::string word = co_await aio::sleep(2.5, std::string("done"));
    CHECK(word == "done");
    CHECK(aio_test::now() == 2.5);
    co_await aio::sleep(std::chrono::milliseconds(500));
    CHECK(aio_test::now() == 3.0);
  }());
}

// A sleep cancelled in the very iteration its timer comes due, then a new sleep: the stale timer
// must not end the new sleep early (the task's own timer entry is still on its way to fire).
//   async def sleeper(log):
//       try: await asyncio.sleep(1e-12); log.append('woke normally')
//       except asyncio.CancelledError: log.append('cancelled at %r' % loop.time())
//       await asyncio.sleep(10); log.append('second sleep ended at %r' % loop.time())
//       try: await asyncio.sleep(5)
//       except asyncio.CancelledError: log.append('cancelled again at %r' % loop.time())
//       await asyncio.sleep(1); log.append('third sleep ended at %r' % loop.time())
//   async def canceller(t): t.cancel(); await asyncio.sleep(12); t.cancel()
//   t = asyncio.create_task(sleeper(log)); c = asyncio.create_task(canceller(t)); await t; await c
TEST_CASE("a sleep cancelled as its timer comes due does not cut the next sleep short") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    auto t = aio::create_task([](Log& log) -> Coro<void> {
      try {
        co_await aio::sleep(1e-12);
        log("woke normally");
      } catch (const aio::CancelledError&) {
        log.add("cancelled at ", aio_test::now());
      }
      co_await aio::sleep(10);
      log.add("second sleep ended at ", aio_test::now());
      try {
        co_await aio::sleep(5);
      } catch (const aio::CancelledError&) {
        log.add("cancelled again at ", aio_test::now());
      }
      co_await aio::sleep(1);
      log.add("third sleep ended at ", aio_test::now());
    }(log));
    auto c = aio::create_task([](Task<void> t) -> Coro<void> {
      t.cancel();
      co_await aio::sleep(12);
      t.cancel();
    }(t));
    co_await t;
    co_await c;
  }());
  CHECK(log.text() ==
        "cancelled at 0\nsecond sleep ended at 10\ncancelled again at 12\n"
        "third sleep ended at 13\n");
}

TEST_CASE("a task cancelling itself before it sleeps is cancelled at that sleep") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    auto t = aio::create_task([](Log& log) -> Coro<void> {
      aio::current_task()->cancel("self");
      try {
        co_await aio::sleep(3);
      } catch (const aio::CancelledError& e) {
        log.add("cancelled at ", aio_test::now(), " with ", *e.message());
      }
    }(log));
    co_await t;
  }());
  CHECK(log.text() == "cancelled at 0 with self\n");
}
