// asyncio.gather (tasks.py, CPython 3.11).
#include <string>
#include <vector>

#include "support.hpp"

using aio::Coro;
using aio::Future;
using aio::Task;
using aio_test::Log;

namespace {

Coro<int> identite(Log& log, int x, double delay) {
  co_await aio::sleep(delay);
  log.add("done ", x, " ", aio_test::now());
  co_return x;
}

Coro<int> boom(double delay, std::string message) {
  co_await aio::sleep(delay);
  throw std::invalid_argument(message);
}

Coro<std::string> child(Log& log, std::string name, double delay) {
  try {
    co_await aio::sleep(delay);
    co_return name;
  } catch (const aio::CancelledError&) {
    log.add(name, " cancelled");
    throw;
  }
}

std::string list(const std::vector<int>& values) {
  std::string text;
  for (int v : values) text += (text.empty() ? "" : ", ") + std::to_string(v);
  return "[" + text + "]";
}

std::string describe(const aio::Outcome<int>& outcome) {
  return outcome.ok() ? std::to_string(*outcome.value)
                      : outcome.error->type_name() + "('" + outcome.error->message() + "')";
}

}  // namespace

// async def identite(x, delai): await asyncio.sleep(delai); print('done', x, loop.time()); return x
// print(await asyncio.gather(*[asyncio.create_task(identite(i, 5-i)) for i in range(1,4)]))
// a = create_task(identite('a', 1)); b = create_task(boom(2, 'b failed')); c =
// create_task(identite('c', 3)) try: await asyncio.gather(a, b, c) except ValueError as e:
// print('gather raised', e, loop.time(), c.done()) await c; print('c result', c.result()) r = await
// asyncio.gather(identite(1, 1), boom(1, 'x'), identite(3, 0.5), return_exceptions=True)
// print([repr(x) for x in r]); print(await asyncio.gather())
// print([t.get_name() for t in asyncio.all_tasks()])
TEST_CASE("gather: results in argument order, first error propagates, return_exceptions") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    std::vector<Task<int>> tasks;
    for (int i = 1; i < 4; ++i) tasks.push_back(aio::create_task(identite(log, i, 5 - i)));
    log(list(co_await aio::gather(tasks)));

    auto a = aio::create_task(identite(log, 10, 1));
    auto b = aio::create_task(boom(2, "b failed"));
    auto c = aio::create_task(identite(log, 30, 3));
    try {
      co_await aio::gather(a, b, c);
    } catch (const std::invalid_argument& e) {
      log.add("gather raised ", e.what(), " ", aio_test::now(), " ", c.done());
    }
    co_await c;
    log.add("c result ", c.result());

    // (Built before the co_await: GCC 12 cannot keep an initializer list across one.)
    std::vector<Future<int>> mixed{aio::create_task(identite(log, 1, 1)),
                                   aio::create_task(boom(1, "x")),
                                   aio::create_task(identite(log, 3, 0.5))};
    auto outcomes = co_await aio::gather(mixed, aio::return_exceptions);
    std::string reprs;
    for (auto& outcome : outcomes) reprs += describe(outcome) + " ";
    log(reprs);
    std::vector<Future<int>> nothing;
    log.add((co_await aio::gather(nothing)).size());
    log.add(aio::all_tasks().size(), " ", aio::current_task()->name());
  }());
  CHECK(log.text() ==
        "done 3 2\ndone 2 3\ndone 1 4\n[1, 2, 3]\n"
        "done 10 5\ngather raised b failed 6 0\ndone 30 7\nc result 30\n"
        "done 3 7.5\ndone 1 8\n1 ValueError('x') 3 \n0\n1 Task-1\n");
}

// g = asyncio.gather(child('x', 5), child('y', 5)); await asyncio.sleep(1)
// print('cancel returns', g.cancel())
// try: await g
// except asyncio.CancelledError: print('awaiting gather raised CancelledError', g.cancelled())
// t1 = create_task(child('p', 1)); t2 = create_task(child('q', 3)); g2 = asyncio.gather(t1, t2)
// await asyncio.sleep(2); t2.cancel()
// try: await g2
// except asyncio.CancelledError: print('child cancelled -> gather raised CancelledError',
// g2.cancelled(), g2.done()) t3 = create_task(child('r', 1)); t4 = create_task(child('s', 3)) g3 =
// asyncio.gather(t3, t4, return_exceptions=True); await asyncio.sleep(2); t4.cancel('stop s')
// print([repr(x) for x in await g3]); print(loop.time())
TEST_CASE("gather: cancelling it cancels the children; a cancelled child cancels it") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    auto g = aio::gather(child(log, "x", 5), child(log, "y", 5));
    co_await aio::sleep(1);
    log.add("cancel returns ", g.cancel());
    try {
      co_await g;
    } catch (const aio::CancelledError&) {
      log.add("awaiting gather raised CancelledError ", g.cancelled());
    }
    auto t1 = aio::create_task(child(log, "p", 1));
    auto t2 = aio::create_task(child(log, "q", 3));
    auto g2 = aio::gather(t1, t2);
    co_await aio::sleep(2);
    t2.cancel();
    try {
      co_await g2;
    } catch (const aio::CancelledError&) {
      log.add("child cancelled -> gather raised CancelledError ", g2.cancelled(), " ", g2.done());
    }
    auto t3 = aio::create_task(child(log, "r", 1));
    auto t4 = aio::create_task(child(log, "s", 3));
    std::vector<Task<std::string>> both{t3, t4};
    auto g3 = aio::gather(both, aio::return_exceptions);
    co_await aio::sleep(2);
    t4.cancel("stop s");
    std::string reprs;
    for (auto& outcome : co_await g3) {
      reprs += outcome.ok() ? "'" + *outcome.value + "' "
                            : outcome.error->type_name() + "('" + outcome.error->message() + "') ";
    }
    log(reprs);
    log.add(aio_test::now());
  }());
  CHECK(log.text() ==
        "cancel returns 1\nx cancelled\ny cancelled\nawaiting gather raised CancelledError 0\n"
        "q cancelled\nchild cancelled -> gather raised CancelledError 0 1\n"
        "s cancelled\n'r' CancelledError('') \n5\n");
}

TEST_CASE("gather counts a future passed twice once and repeats its result") {
  aio_test::run([]() -> Coro<void> {
    auto t = aio::create_task([]() -> Coro<int> {
      co_await aio::sleep(1);
      co_return 7;
    }());
    std::vector<Future<int>> twice{t, t};
    auto results = co_await aio::gather(twice);
    CHECK(results == std::vector<int>{7, 7});
  }());
}
