// Runtime benchmarks, mirrored one for one by bench/cpython/workloads.py:
//   switches  100 tasks x 1000 `await sleep(0)`: task switches per second
//   sleepers  100 000 tasks sleeping concurrently: loop time, and heap bytes per sleeping task
//   timers    100 000 timer callbacks scheduled and fired (Callback form, and std::function)
// Each is run several times and the best time kept. `--json` prints one JSON object.
#include <aio/aio.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <vector>

// Live heap bytes, counted by replacing the global allocator (size stored in a header).
namespace {
long long live_bytes = 0;
constexpr std::size_t kHeader = alignof(std::max_align_t);
}  // namespace

void* operator new(std::size_t size) {
  void* block = std::malloc(size + kHeader);
  if (!block) throw std::bad_alloc();
  *static_cast<std::size_t*>(block) = size;
  live_bytes += static_cast<long long>(size);
  return static_cast<char*>(block) + kHeader;
}
void operator delete(void* pointer) noexcept {
  if (!pointer) return;
  char* block = static_cast<char*>(pointer) - kHeader;
  live_bytes -= static_cast<long long>(*reinterpret_cast<std::size_t*>(block));
  std::free(block);
}
void operator delete(void* pointer, std::size_t) noexcept {
  operator delete(pointer);
}

namespace {

using Clock = std::chrono::steady_clock;
double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

template <class F>
double best_of(int runs, F f) {
  double best = 1e9;
  for (int i = 0; i < runs; ++i) {
    double t = f();
    if (t < best) best = t;
  }
  return best;
}

aio::Coro<void> switcher(int switches) {
  for (int i = 0; i < switches; ++i) co_await aio::sleep(0);
}

double bench_switches(int tasks, int switches) {
  auto start = Clock::now();
  aio::run(
      [](int tasks, int switches) -> aio::Coro<void> {
        std::vector<aio::Task<void>> all;
        all.reserve(tasks);
        for (int i = 0; i < tasks; ++i) all.push_back(aio::create_task(switcher(switches)));
        for (auto& task : all) co_await task;
      }(tasks, switches),
      {aio::ClockKind::Virtual});
  return seconds_since(start);
}

aio::Coro<void> sleeper() {
  co_await aio::sleep(1.0);
}

struct SleepersResult {
  double seconds;
  double bytes_per_task;
};

SleepersResult bench_sleepers(int tasks) {
  SleepersResult result{};
  auto start = Clock::now();
  aio::run(
      [](int tasks, SleepersResult& result) -> aio::Coro<void> {
        std::vector<aio::Task<void>> all;
        all.reserve(tasks);
        long long before = live_bytes;
        for (int i = 0; i < tasks; ++i) all.push_back(aio::create_task(sleeper()));
        co_await aio::sleep(0);  // every task has run its first step and is asleep now
        result.bytes_per_task = static_cast<double>(live_bytes - before) / tasks;
        for (auto& task : all) co_await task;
      }(tasks, result),
      {aio::ClockKind::Virtual});
  result.seconds = seconds_since(start);
  return result;
}

// A counter the timer callbacks share (what a language layer passes as a callback target).
struct FiredCounter final : aio::RefCounted {
  int fired = 0;
  static void tick(aio::RefCounted& self, aio::RefCounted*) {
    ++static_cast<FiredCounter&>(self).fired;
  }
};

// `function`: call_later with a std::function (one extra allocation per timer); otherwise the
// runtime's allocation-light form, a Callback with a shared target.
double bench_timers(int timers, bool function) {
  aio::EventLoop loop(aio::LoopOptions{aio::ClockKind::Virtual});
  aio::Ref<FiredCounter> counter(new FiredCounter);
  int fired = 0;
  auto start = Clock::now();
  for (int i = 0; i < timers; ++i) {
    double delay = (i % 1000) * 1e-5;
    if (function) {
      loop.call_later(delay, [&fired] { ++fired; });
    } else {
      loop.call_at(loop.time() + delay, aio::Callback{&FiredCounter::tick, counter, {}});
    }
  }
  while (loop.has_pending_work()) loop.run_once();
  double elapsed = seconds_since(start);
  if (fired + counter->fired != timers) std::abort();
  return elapsed;
}

}  // namespace

int main(int argc, char** argv) {
  bool json = argc > 1 && std::strcmp(argv[1], "--json") == 0;
  const int tasks = 100, switches = 1000;
  double switch_seconds = best_of(10, [&] { return bench_switches(tasks, switches); });
  SleepersResult sleepers{1e9, 0};
  for (int i = 0; i < 5; ++i) {
    SleepersResult r = bench_sleepers(100000);
    if (r.seconds < sleepers.seconds) sleepers = r;
  }
  double timer_seconds = best_of(5, [] { return bench_timers(100000, false); });
  double timer_function_seconds = best_of(5, [] { return bench_timers(100000, true); });
  double switches_per_second = tasks * switches / switch_seconds;

  if (json) {
    std::printf(
        "{\"switch_seconds\": %.6f, \"switches_per_second\": %.0f, \"sleepers_seconds\": %.6f, "
        "\"bytes_per_sleeping_task\": %.1f, \"timers_seconds\": %.6f, "
        "\"timers_function_seconds\": %.6f}\n",
        switch_seconds, switches_per_second, sleepers.seconds, sleepers.bytes_per_task,
        timer_seconds, timer_function_seconds);
  } else {
    std::printf("task switches (100 x 1000 sleep(0)): %.2f ms, %.1f M switches/s\n",
                switch_seconds * 1e3, switches_per_second / 1e6);
    std::printf("100k sleeping tasks: %.2f ms, %.0f bytes per sleeping task\n",
                sleepers.seconds * 1e3, sleepers.bytes_per_task);
    std::printf("100k timers scheduled and fired: %.2f ms (%.2f ms with std::function callbacks)\n",
                timer_seconds * 1e3, timer_function_seconds * 1e3);
  }
  return 0;
}
