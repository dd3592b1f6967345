// 1.1 asyncio's own coroutines: await echo(2, 'bonjour') prints after two seconds.
#include "tutorial.hpp"

aio::Coro<void> cell() { co_await tutorial::echo(2, "bonjour"); }

int main(int argc, char** argv) { return tutorial::run(argc, argv, cell); }
