// asyncio.TaskGroup (taskgroups.py, CPython 3.11.7).
#include <string>

#include "support.hpp"

using aio::Coro;
using aio::TaskGroup;
using aio_test::Log;

namespace {

Coro<std::string> child(Log& log, std::string name, double delay, bool fail = false) {
  try {
    co_await aio::sleep(delay);
  } catch (const aio::CancelledError&) {
    log.add(name, " cancelled at ", aio_test::now());
    throw;
  }
  if (fail) throw std::invalid_argument(name + " failed");
  log.add(name, " done at ", aio_test::now());
  co_return name;
}

}  // namespace

// async with asyncio.TaskGroup() as tg:
//     a = tg.create_task(child('a', 2)); b = tg.create_task(child('b', 1), name='named')
// print('all done', a.result(), b.result(), b.get_name(), loop.time())
// try:
//     async with asyncio.TaskGroup() as tg:
//         tg.create_task(child('c', 3)); tg.create_task(child('d', 1, fail=True))
//         tg.create_task(child('e', 5))
// except* ValueError as eg: print('group failed:', eg.exceptions, str(eg), loop.time())
// try:
//     async with asyncio.TaskGroup() as tg:
//         tg.create_task(child('f', 1, fail=True)); tg.create_task(child('g', 1, fail=True))
// except ExceptionGroup as eg: print(str(eg), [str(e) for e in eg.exceptions])
// try:
//     async with asyncio.TaskGroup() as tg:
//         tg.create_task(child('h', 2)); await asyncio.sleep(1); raise KeyError('body failed')
// except ExceptionGroup as eg: print('body error grouped:', repr(eg.exceptions), loop.time())
TEST_CASE("TaskGroup: waits for all; a failure cancels the rest and leaves as an ExceptionGroup") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    aio::Task<std::string> a, b;
    co_await aio::task_group([&](TaskGroup& tg) -> Coro<void> {
      a = tg.create_task(child(log, "a", 2));
      b = tg.create_task(child(log, "b", 1), "named");
      co_return;
    });
    log.add("all done ", a.result(), " ", b.result(), " ", b.name(), " ", a.name(), " ",
            aio_test::now());
    try {
      co_await aio::task_group([&](TaskGroup& tg) -> Coro<void> {
        tg.create_task(child(log, "c", 3));
        tg.create_task(child(log, "d", 1, true));
        tg.create_task(child(log, "e", 5));
        co_return;
      });
    } catch (const aio::ExceptionGroup& eg) {
      log.add("group failed: ", aio::describe(*eg.exceptions().at(0)), " | ", eg.what(), " ",
              aio_test::now());
    }
    try {
      co_await aio::task_group([&](TaskGroup& tg) -> Coro<void> {
        tg.create_task(child(log, "f", 1, true));
        tg.create_task(child(log, "g", 1, true));
        co_return;
      });
    } catch (const aio::ExceptionGroup& eg) {
      log.add(eg.what(), " ", eg.exceptions().at(0)->message(), ", ",
              eg.exceptions().at(1)->message());
    }
    try {
      co_await aio::task_group([&](TaskGroup& tg) -> Coro<void> {
        tg.create_task(child(log, "h", 2));
        co_await aio::sleep(1);
        throw std::out_of_range("body failed");
      });
    } catch (const aio::ExceptionGroup& eg) {
      log.add("body error grouped: ", eg.exceptions().at(0)->message(), " ", aio_test::now());
    }
  }());
  CHECK(log.text() ==
        "b done at 1\na done at 2\nall done a b named Task-2 2\n"
        "c cancelled at 3\ne cancelled at 3\n"
        "group failed: ValueError: d failed | unhandled errors in a TaskGroup (1 sub-exception) 3\n"
        "unhandled errors in a TaskGroup (2 sub-exceptions) f failed, g failed\n"
        "h cancelled at 5\nbody error grouped: body failed 5\n");
}

// async def parent():
//     async with asyncio.TaskGroup() as tg: tg.create_task(child('i', 5))
// p = asyncio.create_task(parent()); await asyncio.sleep(1); p.cancel()
// try: await p
// except asyncio.CancelledError: print('parent cancelled', loop.time())
// tg.create_task(child('k', 1))  -> RuntimeError: TaskGroup <TaskGroup cancelling> is finished
TEST_CASE("TaskGroup: the parent cancelled from outside cancels the children, then propagates") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    TaskGroup kept;
    auto p = aio::create_task([](Log& log, TaskGroup& kept) -> Coro<void> {
      co_await aio::task_group([&](TaskGroup& tg) -> Coro<void> {
        kept = tg;
        tg.create_task(child(log, "i", 5));
        co_return;
      });
    }(log, kept));
    co_await aio::sleep(1);
    p.cancel();
    try {
      co_await p;
    } catch (const aio::CancelledError&) {
      log.add("parent cancelled ", aio_test::now());
    }
    try {
      kept.create_task(child(log, "k", 1));
    } catch (const std::runtime_error& e) {
      log(e.what());
    }
    TaskGroup fresh;
    try {
      fresh.create_task(child(log, "l", 1));
    } catch (const std::runtime_error& e) {
      log(e.what());
    }
  }());
  CHECK(log.text() ==
        "i cancelled at 1\nparent cancelled 1\n"
        "TaskGroup <TaskGroup cancelling> is finished\n"
        "TaskGroup <TaskGroup> has not been entered\n");
}
