// The event loop's scheduling contract (CPython 3.11 base_events._run_once).
#include <string>
#include <vector>

#include "support.hpp"

using aio::ClockKind;
using aio::EventLoop;
using aio_test::Log;

namespace {

aio::LoopOptions virtual_clock() {
  return aio::LoopOptions{ClockKind::Virtual};
}

// Runs the loop until nothing is scheduled.
void drain(EventLoop& loop) {
  while (loop.has_pending_work()) loop.run_once();
}

std::string join(const std::vector<int>& values) {
  std::string text;
  for (int v : values) text += (text.empty() ? "" : ", ") + std::to_string(v);
  return "[" + text + "]";
}

}  // namespace

TEST_CASE("call_soon runs callbacks in FIFO order, those added meanwhile in the next iteration") {
  EventLoop loop(virtual_clock());
  Log log;
  loop.call_soon([&] {
    log("a");
    loop.call_soon([&] { log("c (scheduled by a)"); });
  });
  loop.call_soon([&] { log("b"); });
  loop.run_once();
  CHECK(log.text() == "a\nb\n");
  loop.run_once();
  CHECK(log.text() == "a\nb\nc (scheduled by a)\n");
}

TEST_CASE("a cancelled handle is skipped") {
  EventLoop loop(virtual_clock());
  Log log;
  auto handle = loop.call_soon([&] { log("cancelled one"); });
  loop.call_soon([&] { log("kept"); });
  handle->cancel();
  handle->cancel();  // idempotent
  CHECK(handle->cancelled());
  drain(loop);
  CHECK(log.text() == "kept\n");
}

TEST_CASE("the virtual clock starts at 0 and jumps to the next live timer") {
  EventLoop loop(virtual_clock());
  CHECK(loop.time() == 0.0);
  std::vector<double> fired_at;
  auto early = loop.call_later(1.0, [&] { fired_at.push_back(loop.time()); });
  loop.call_later(2.5, [&] { fired_at.push_back(loop.time()); });
  early->cancel();
  drain(loop);
  CHECK(fired_at == std::vector<double>{2.5});
  CHECK(loop.time() == 2.5);
}

TEST_CASE("time.sleep under the virtual clock advances time without running anything") {
  EventLoop loop(virtual_clock());
  bool ran = false;
  loop.call_later(1.0, [&] { ran = true; });
  loop.advance_virtual_time(2.0);
  CHECK(loop.time() == 2.0);
  CHECK_FALSE(ran);
  loop.run_once();  // the overdue timer fires on the next iteration, no jump needed
  CHECK(ran);
  CHECK(loop.time() == 2.0);
}

// import asyncio
// async def main():
//     loop = asyncio.get_running_loop()
//     out = []
//     for i in range(12):
//         loop.call_later(1 if i % 3 else 2, out.append, i)
//     loop.call_soon(out.append, 'soon')
//     await asyncio.sleep(3)
//     print(out)
// await main()
// -> ['soon', 1, 2, 5, 11, 4, 10, 7, 8, 6, 9, 3, 0]
TEST_CASE("timers with equal deadlines fire in heapq order, as in CPython (not insertion order)") {
  EventLoop loop(virtual_clock());
  std::vector<int> out;
  for (int i = 0; i < 12; ++i) loop.call_later(i % 3 ? 1 : 2, [&, i] { out.push_back(i); });
  loop.call_soon([&] { out.push_back(-1); });  // 'soon'
  loop.call_later(3, [] {});                   // the timer of main's sleep(3)
  drain(loop);
  CHECK(join(out) == "[-1, 1, 2, 5, 11, 4, 10, 7, 8, 6, 9, 3, 0]");
}

// Ten tasks sleeping 1 s from the same instant wake in CPython's heap order:
//   async def w(i): await asyncio.sleep(1); print(i, end=' ')
//   await asyncio.gather(*[w(i) for i in range(10)])   -> 0 2 6 9 8 5 7 4 1 3
TEST_CASE("tasks sleeping until the same deadline wake in CPython's order") {
  std::vector<int> woke;
  aio_test::run([&]() -> aio::Coro<void> {
    std::vector<aio::Task<void>> tasks;
    for (int i = 0; i < 10; ++i) {
      tasks.push_back(aio::create_task([](int i, std::vector<int>& woke) -> aio::Coro<void> {
        co_await aio::sleep(1);
        woke.push_back(i);
      }(i, woke)));
    }
    for (auto& task : tasks) co_await task;
  }());
  CHECK(join(woke) == "[0, 2, 6, 9, 8, 5, 7, 4, 1, 3]");
}

// When more than 100 timers are scheduled and more than half are cancelled, the loop rebuilds
// the heap with heapify (which reorders ties). CPython, for this program:
//   handles = [loop.call_later(1 + (i % 4) * 0.5, fired.append, i) for i in range(160)]
//   for i in range(160):
//       if i % 3: handles[i].cancel()
//   for i in range(1, 160, 7): handles[i].cancel()
//   await asyncio.sleep(0); await asyncio.sleep(5); print(fired)
TEST_CASE("the heap is rebuilt like CPython's when most timers are cancelled") {
  std::vector<int> fired;
  aio_test::run([&]() -> aio::Coro<void> {
    EventLoop& loop = EventLoop::get_running();
    std::vector<aio::Ref<aio::TimerHandle>> handles;
    for (int i = 0; i < 160; ++i) {
      handles.push_back(loop.call_later(1 + (i % 4) * 0.5, [&fired, i] { fired.push_back(i); }));
    }
    for (int i = 0; i < 160; ++i) {
      if (i % 3) handles[i]->cancel();
    }
    for (int i = 1; i < 160; i += 7) handles[i]->cancel();
    co_await aio::sleep(0);
    co_await aio::sleep(5);
  }());
  CHECK(join(fired) ==
        "[84, 24, 0, 156, 72, 144, 60, 12, 132, 108, 48, 96, 21, 9, 81, 153, 69, 33, 129, 117, "
        "105, 93, 45, 54, 138, 102, 90, 18, 42, 150, 114, 30, 66, 126, 6, 111, 159, 87, 3, 27, "
        "147, 135, 39, 51, 63, 75, 123]");
}

// The same with 6000 timers: CPython's heapify switches to its cache-friendly variant above
// 2500 entries.
//   handles = [loop.call_later(1 + (i % 5) * 0.25, fired.append, i) for i in range(6000)]
//   for i in range(6000):
//       if i % 4: handles[i].cancel()
//   ... print(sum(f * (k + 1) for k, f in enumerate(fired)), len(fired), fired[:12])
TEST_CASE("big heaps are rebuilt with the cache-friendly heapify, same order as CPython") {
  std::vector<int> fired;
  aio_test::run([&]() -> aio::Coro<void> {
    EventLoop& loop = EventLoop::get_running();
    std::vector<aio::Ref<aio::TimerHandle>> handles;
    for (int i = 0; i < 6000; ++i) {
      handles.push_back(loop.call_later(1 + (i % 5) * 0.25, [&fired, i] { fired.push_back(i); }));
    }
    for (int i = 0; i < 6000; ++i) {
      if (i % 4) handles[i]->cancel();
    }
    co_await aio::sleep(0);
    co_await aio::sleep(5);
  }());
  long long checksum = 0;
  for (std::size_t k = 0; k < fired.size(); ++k) checksum += fired[k] * (long long)(k + 1);
  CHECK(checksum == 3392587200LL);
  CHECK(fired.size() == 1500);
  CHECK(join(std::vector<int>(fired.begin(), fired.begin() + 12)) ==
        "[4040, 2520, 1240, 600, 280, 120, 40, 0, 4020, 2500, 4000, 2480]");
}

TEST_CASE("time_until_next_event tells a host how long it may wait") {
  EventLoop loop(aio::LoopOptions{ClockKind::Real});
  CHECK_FALSE(loop.time_until_next_event().has_value());
  auto timer = loop.call_later(10.0, [] {});
  double wait = *loop.time_until_next_event();
  CHECK(wait > 9.0);
  CHECK(wait <= 10.0);
  loop.call_soon([] {});
  CHECK(*loop.time_until_next_event() == 0.0);
  timer->cancel();
}

TEST_CASE("run_forever reports a loop that can never wake up instead of hanging") {
  EventLoop loop(virtual_clock());
  CHECK_THROWS_WITH_AS(loop.run_forever(),
                       "the event loop has nothing left to run, so what it waits for can never "
                       "complete",
                       std::runtime_error);
  CHECK_FALSE(loop.is_running());
}

TEST_CASE("stop() ends run_forever after the current iteration, which still runs in full") {
  EventLoop loop(virtual_clock());
  Log log;
  loop.call_soon([&] {
    log("stop requested");
    loop.stop();
  });
  loop.call_soon([&] { log("same iteration"); });
  loop.call_later(1.0, [&] {
    log("later");
    loop.stop();
  });
  loop.run_forever();
  CHECK(log.text() == "stop requested\nsame iteration\n");
  loop.run_forever();
  CHECK(log.text() == "stop requested\nsame iteration\nlater\n");
}

TEST_CASE("the running loop is visible only while it runs") {
  EventLoop loop(virtual_clock());
  CHECK(EventLoop::running() == nullptr);
  CHECK_THROWS_WITH_AS(EventLoop::get_running(), "no running event loop", std::runtime_error);
  EventLoop* seen = nullptr;
  bool running_inside = false;
  loop.call_soon([&] {
    seen = EventLoop::running();
    running_inside = loop.is_running();
  });
  loop.run_once();
  CHECK(seen == &loop);
  CHECK(running_inside);
  CHECK_FALSE(loop.is_running());
}

TEST_CASE("an exception escaping a callback goes to the exception handler; the loop goes on") {
  EventLoop loop(virtual_clock());
  Log log;
  loop.set_exception_handler([&](const aio::ExceptionContext& context) {
    log(context.message + ": " + aio::describe(*context.error));
  });
  loop.call_soon([] { throw std::invalid_argument("bad callback"); });
  loop.call_soon([&] { log("next callback still runs"); });
  drain(loop);
  CHECK(log.text() ==
        "Exception in callback: ValueError: bad callback\nnext callback still runs\n");
}
