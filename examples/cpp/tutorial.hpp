// What the tutorial's examples share: the echo coroutine, the wall clock, and main().
#pragma once

#include <aio/aio.hpp>

#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>

namespace tutorial {

// async def echo(delai, quoi): await asyncio.sleep(delai); print(quoi)
inline aio::Coro<void> echo(double delay, std::string what) {
  co_await aio::sleep(delay);
  std::printf("%s\n", what.c_str());
}

// time.strftime('%X'). Under the virtual clock the wall clock reads 1700000000 + loop.time()
// (2023-11-14T22:13:20Z), as the playground and the CPython oracle agree.
inline std::string strftime_x() {
  aio::EventLoop& loop = aio::EventLoop::get_running();
  std::time_t now = loop.clock() == aio::ClockKind::Virtual
                        ? static_cast<std::time_t>(1700000000 + loop.time())
                        : std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[64];
  std::strftime(text, sizeof text, "%X", &local);
  return text;
}

// Runs an example's main coroutine; `--virtual-time` selects the virtual clock.
inline int run(int argc, char** argv, aio::Coro<void> (*main_coroutine)()) {
  aio::RunOptions options;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--virtual-time") == 0) {
      options.clock = aio::ClockKind::Virtual;
    } else {
      std::fprintf(stderr, "usage: %s [--virtual-time]\n", argv[0]);
      return 2;
    }
  }
  aio::run(main_coroutine(), options);
  return 0;
}

}  // namespace tutorial
