// 1.1 Les coroutines: calling a coroutine function runs nothing; awaiting it does.
//   async def coro(): print('Hello world')
//   coro()          # a coroutine object, never run
//   await coro()    # Hello world
#include "tutorial.hpp"

aio::Coro<void> coro() {
  std::printf("Hello world\n");
  co_return;
}

aio::Coro<void> cell() {
  { auto never_run = coro(); }  // created and dropped: prints nothing (Python would warn)
  co_await coro();
}

int main(int argc, char** argv) { return tutorial::run(argc, argv, cell); }
