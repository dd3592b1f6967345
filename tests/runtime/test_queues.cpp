// asyncio.Queue, PriorityQueue, LifoQueue (queues.py, CPython 3.11.7).
#include <string>

#include "support.hpp"

using aio::Coro;
using aio_test::Log;

// q = asyncio.Queue(maxsize=1)
// async def producer(name, n):
//     for i in range(n): await q.put(f'{name}{i}'); print('put', f'{name}{i}', loop.time())
// async def consumer():
//     for _ in range(4):
//         item = await q.get(); print('got', item, loop.time()); q.task_done(); await
//         asyncio.sleep(1)
// await asyncio.gather(producer('p', 2), producer('q', 2), consumer()); await q.join();
// print('joined') q.task_done() -> ValueError; put_nowait twice -> QueueFull; get_nowait twice ->
// QueueEmpty g = create_task(q.get()); await asyncio.sleep(0); g.cancel() try: await g except
// asyncio.CancelledError: print('get cancelled', q.empty(), len(q._getters)) await q.put('after');
// print(await q.get()); q.task_done() worker: while True: item = await q.get(); await
// asyncio.sleep(0.5); done.append(item); q.task_done() for i in range(3): await q.put(i) await
// q.join(); print('join after', worker_done, loop.time())
TEST_CASE("Queue: bounded producer/consumer order, join/task_done, errors, cancelled get") {
  Log log;
  aio_test::run([&]() -> Coro<void> {
    aio::Queue<std::string> q(1);
    auto producer = [&](std::string name, int n) -> Coro<int> {
      for (int i = 0; i < n; ++i) {
        co_await q.put(name + std::to_string(i));
        log.add("put ", name, i, " ", aio_test::now());
      }
      co_return 0;
    };
    auto consumer = [&]() -> Coro<int> {
      for (int i = 0; i < 4; ++i) {
        std::string item = co_await q.get();
        log.add("got ", item, " ", aio_test::now());
        q.task_done();
        co_await aio::sleep(1);
      }
      co_return 0;
    };
    co_await aio::gather(producer("p", 2), producer("q", 2), consumer());
    co_await q.join();
    log("joined");
    try {
      q.task_done();
    } catch (const std::invalid_argument& e) {
      log.add("ValueError ", e.what());
    }
    q.put_nowait("1");
    try {
      q.put_nowait("2");
    } catch (const aio::QueueFull&) {
      log("QueueFull");
    }
    q.get_nowait();
    q.task_done();
    try {
      q.get_nowait();
    } catch (const aio::QueueEmpty&) {
      log("QueueEmpty");
    }
    auto g = aio::create_task(q.get());
    co_await aio::sleep(0);
    g.cancel();
    try {
      co_await g;
    } catch (const aio::CancelledError&) {
      log.add("get cancelled ", q.empty());
    }
    co_await q.put("after");
    log(co_await q.get());
    q.task_done();
    std::string done;
    auto w = aio::create_task([](aio::Queue<std::string>& q, std::string& done) -> Coro<void> {
      while (true) {
        std::string item = co_await q.get();
        co_await aio::sleep(0.5);
        done += item;
        q.task_done();
      }
    }(q, done));
    for (int i = 0; i < 3; ++i) co_await q.put(std::to_string(i));
    co_await q.join();
    log.add("join after ", done, " ", aio_test::now());
    w.cancel();
    try {
      co_await w;  // the queue lives in this frame: let the worker finish with it first
    } catch (const aio::CancelledError&) {
    }
  }());
  CHECK(log.text() ==
        "put p0 0\ngot p0 0\nput p1 0\ngot p1 1\nput q0 1\ngot q0 2\nput q1 2\ngot q1 3\n"
        "joined\nValueError task_done() called too many times\nQueueFull\nQueueEmpty\n"
        "get cancelled 1\nafter\njoin after 012 5.5\n");
}

// pq = asyncio.PriorityQueue(); for x in [5, 1, 4, 1, 3]: pq.put_nowait(x) -> [1, 1, 3, 4, 5]
// lq = asyncio.LifoQueue(); for x in [1, 2, 3]: lq.put_nowait(x)        -> [3, 2, 1]
TEST_CASE("PriorityQueue gives the smallest first, LifoQueue the newest") {
  aio_test::run([]() -> Coro<void> {
    aio::PriorityQueue<int> pq;
    for (int x : {5, 1, 4, 1, 3}) pq.put_nowait(x);
    std::string order;
    while (!pq.empty()) order += std::to_string(pq.get_nowait());
    CHECK(order == "11345");
    aio::LifoQueue<int> lq;
    for (int x : {1, 2, 3}) lq.put_nowait(x);
    order.clear();
    while (!lq.empty()) order += std::to_string(lq.get_nowait());
    CHECK(order == "321");
    co_return;
  }());
}

// Equal priorities leave in heapq's order, not insertion order. CPython:
//   class P:
//       def __init__(s, p, l): s.p = p; s.l = l
//       def __lt__(s, o): return s.p < o.p
//   pq = asyncio.PriorityQueue()
//   for c in 'abcdefgh': pq.put_nowait(P(1, c))
//   print(''.join(pq.get_nowait().l for _ in range(8)))   -> acgfhebd
TEST_CASE("PriorityQueue ties follow heapq's order, like CPython") {
  struct ByPriority {
    bool operator()(const std::pair<int, char>& a, const std::pair<int, char>& b) const {
      return a.first < b.first;
    }
  };
  aio_test::run([]() -> Coro<void> {
    aio::PriorityQueue<std::pair<int, char>, ByPriority> pq;
    const char* labels = "abcdefgh";
    for (int i = 0; i < 8; ++i) pq.put_nowait({1, labels[i]});
    std::string order;
    while (!pq.empty()) order += pq.get_nowait().second;
    CHECK(order == "acgfhebd");
    co_return;
  }());
}
