// CPython's heapq (Modules/_heapqmodule.c), line for line, over a std::vector.
//
// heapq is not a stable priority queue: items that compare equal come out in an order decided by
// the heap's shape. CPython's event loop (timers with equal deadlines) and asyncio.PriorityQueue
// (equal priorities) inherit that order, so reproducing CPython's output means reproducing these
// exact sift rules, using only `less(a, b)` as heapq uses only `<`.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace aio::heapq {

// _siftdown: moves the item at `pos` up towards `start` while it is less than its parent.
template <class T, class Less>
void sift_down(std::vector<T>& heap, std::size_t start, std::size_t pos, Less less) {
  while (pos > start) {
    std::size_t parent = (pos - 1) >> 1;
    if (!less(heap[pos], heap[parent])) break;
    std::swap(heap[pos], heap[parent]);
    pos = parent;
  }
}

// _siftup: bubbles the smaller child up until a leaf, then sifts the item back down.
template <class T, class Less>
void sift_up(std::vector<T>& heap, std::size_t pos, Less less) {
  const std::size_t end = heap.size();
  const std::size_t start = pos;
  const std::size_t limit = end >> 1;
  while (pos < limit) {
    std::size_t child = 2 * pos + 1;
    if (child + 1 < end && !less(heap[child], heap[child + 1])) ++child;
    std::swap(heap[pos], heap[child]);
    pos = child;
  }
  sift_down(heap, start, pos, less);
}

template <class T, class Less>
void push(std::vector<T>& heap, T item, Less less) {
  heap.push_back(std::move(item));
  sift_down(heap, 0, heap.size() - 1, less);
}

// Precondition: !heap.empty().
template <class T, class Less>
T pop(std::vector<T>& heap, Less less) {
  T last = std::move(heap.back());
  heap.pop_back();
  if (heap.empty()) return last;
  T result = std::move(heap.front());
  heap.front() = std::move(last);
  sift_up(heap, 0, less);
  return result;
}

template <class T, class Less>
void heapify(std::vector<T>& heap, Less less) {
  const std::size_t n = heap.size();
  if (n <= 2500) {
    for (std::size_t i = n >> 1; i-- > 0;) sift_up(heap, i, less);
    return;
  }
  // cache_friendly_heapify: whole subtrees bottom-up, row by row, for heaps bigger than L1.
  auto keep_top_bit = [](std::size_t v) {
    int shift = 0;
    while (v > 1) {
      v >>= 1;
      ++shift;
    }
    return v << shift;
  };
  const std::size_t m = n >> 1;
  const std::size_t leftmost = keep_top_bit(m + 1) - 1;
  const std::size_t mhalf = m >> 1;
  auto sift_subtree = [&](std::size_t j) {
    while (true) {
      sift_up(heap, j, less);
      if (!(j & 1)) break;
      j >>= 1;
    }
  };
  for (std::size_t i = leftmost; i-- > mhalf;) sift_subtree(i);
  for (std::size_t i = m; i-- > leftmost;) sift_subtree(i);
}

}  // namespace aio::heapq
