// 1.2 Les tâches: both echos run at once; echo_rapide after 1 s, echo_lent after 3 s.
#include "tutorial.hpp"

aio::Coro<void> cell() {
  auto task1 = aio::create_task(tutorial::echo(3, "echo_lent"));
  auto task2 = aio::create_task(tutorial::echo(1, "echo_rapide"));
  std::printf("started at %s\n", tutorial::strftime_x().c_str());
  co_await task1;
  co_await task2;
  std::printf("finished at %s\n", tutorial::strftime_x().c_str());
}

int main(int argc, char** argv) { return tutorial::run(argc, argv, cell); }
