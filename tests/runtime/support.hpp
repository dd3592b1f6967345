// Helpers for runtime tests: run a coroutine on a virtual-clock loop and record what happens,
// so each test can assert an exact ordering (as CPython's test_asyncio does).
#pragma once

#include <doctest/doctest.h>
#include <aio/aio.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace aio_test {

// Runs `main` with asyncio.run semantics on the virtual clock and returns its result.
template <class T>
aio::Stored<T> run(aio::Coro<T> main) {
  return aio::run(std::move(main), aio::RunOptions{aio::ClockKind::Virtual});
}

// The running loop's virtual time.
inline double now() {
  return aio::EventLoop::get_running().time();
}

// An ordered record of events; compare against the lines CPython prints for the same program.
class Log {
 public:
  void operator()(const std::string& line) { lines_.push_back(line); }
  template <class... Parts>
  void add(const Parts&... parts) {
    std::ostringstream out;
    (out << ... << parts);
    lines_.push_back(out.str());
  }
  const std::vector<std::string>& lines() const { return lines_; }
  std::string text() const {
    std::string all;
    for (const auto& line : lines_) all += line + "\n";
    return all;
  }

 private:
  std::vector<std::string> lines_;
};

// A string holding the loop time like Python's repr of a float for whole and half seconds.
inline std::string at(double t) {
  std::ostringstream out;
  out << t;
  return out.str();
}

}  // namespace aio_test
