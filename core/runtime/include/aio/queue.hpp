// asyncio.Queue, LifoQueue and PriorityQueue (queues.py, CPython 3.11.7).
//
// The waiting logic (getters and putters as FIFO deques of futures, unfinished-task counting,
// join) does not depend on the item type and lives in QueueCore; Queue<T, Storage> adds the
// items. PriorityQueue uses heapq's exact algorithms, so equal priorities come out in CPython's
// order.
#pragma once

#include <deque>
#include <stdexcept>
#include <vector>

#include "aio/heapq.hpp"
#include "aio/locks.hpp"

namespace aio {

// Queue.get_nowait() on an empty queue / put_nowait() on a full one.
class QueueEmpty : public std::runtime_error {
 public:
  QueueEmpty() : std::runtime_error("") {}
};
class QueueFull : public std::runtime_error {
 public:
  QueueFull() : std::runtime_error("") {}
};

namespace detail {

class QueueCore : protected LoopBound {
 public:
  explicit QueueCore(int maxsize) : maxsize_(maxsize) { finished_.set(); }
  QueueCore(const QueueCore&) = delete;
  QueueCore& operator=(const QueueCore&) = delete;

  int maxsize() const noexcept { return maxsize_; }
  // ValueError('task_done() called too many times') when nothing is unfinished.
  void task_done();
  // Waits until every item put has been marked done.
  Coro<void> join();
  int unfinished_tasks() const noexcept { return unfinished_tasks_; }

 protected:
  // Queue.put's wait while full / Queue.get's wait while empty (with their cancellation rules).
  Coro<void> wait_while(bool (*blocked)(const QueueCore&), std::deque<Future<void>>& waiters);
  void after_put();  // put_nowait's bookkeeping, then wakes a getter
  void after_get() { wakeup_next(putters_); }
  static void wakeup_next(std::deque<Future<void>>& waiters);

  int maxsize_;
  std::deque<Future<void>> getters_;
  std::deque<Future<void>> putters_;
  int unfinished_tasks_ = 0;
  Event finished_;
};

template <class T>
struct FifoStorage {
  std::deque<T> items;
  void put(T item) { items.push_back(std::move(item)); }
  T get() {
    T item = std::move(items.front());
    items.pop_front();
    return item;
  }
};

template <class T>
struct LifoStorage {
  std::vector<T> items;
  void put(T item) { items.push_back(std::move(item)); }
  T get() {
    T item = std::move(items.back());
    items.pop_back();
    return item;
  }
};

template <class T, class Less>
struct HeapStorage {
  std::vector<T> items;
  void put(T item) { heapq::push(items, std::move(item), Less()); }
  T get() { return heapq::pop(items, Less()); }
};

}  // namespace detail

template <class T, class Storage = detail::FifoStorage<T>>
class Queue : public detail::QueueCore {
 public:
  // maxsize <= 0 means unbounded.
  explicit Queue(int maxsize = 0) : QueueCore(maxsize) {}

  std::size_t qsize() const noexcept { return storage_.items.size(); }
  std::size_t size() const noexcept { return qsize(); }
  bool empty() const noexcept { return storage_.items.empty(); }
  bool full() const noexcept {
    return maxsize_ > 0 && qsize() >= static_cast<std::size_t>(maxsize_);
  }

  // Waits while the queue is full, then puts.
  Coro<void> put(T item) {
    co_await wait_while(&Queue::is_full, putters_);
    put_nowait(std::move(item));
  }
  // Throws QueueFull when full.
  void put_nowait(T item) {
    if (full()) throw QueueFull();
    storage_.put(std::move(item));
    after_put();
  }
  // Waits while the queue is empty, then gets.
  Coro<T> get() {
    co_await wait_while(&Queue::is_empty, getters_);
    co_return get_nowait();
  }
  // Throws QueueEmpty when empty.
  T get_nowait() {
    if (empty()) throw QueueEmpty();
    T item = storage_.get();
    after_get();
    return item;
  }

 private:
  static bool is_full(const QueueCore& queue) { return static_cast<const Queue&>(queue).full(); }
  static bool is_empty(const QueueCore& queue) { return static_cast<const Queue&>(queue).empty(); }

  Storage storage_;
};

// Last in, first out.
template <class T>
using LifoQueue = Queue<T, detail::LifoStorage<T>>;

// Smallest first (by `Less`); equal items in heapq's order.
template <class T, class Less = std::less<T>>
using PriorityQueue = Queue<T, detail::HeapStorage<T, Less>>;

}  // namespace aio
