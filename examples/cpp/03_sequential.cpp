// 1.2 Awaiting coroutines one after the other: 3 s + 1 s = 4 s in all.
#include "tutorial.hpp"

aio::Coro<void> cell() {
  std::printf("started at %s\n", tutorial::strftime_x().c_str());
  co_await tutorial::echo(3, "echo_lent");
  co_await tutorial::echo(1, "echo_rapide");
  std::printf("finished at %s\n", tutorial::strftime_x().c_str());
}

int main(int argc, char** argv) { return tutorial::run(argc, argv, cell); }
