// 1.3 Les avenirs: a Future set by another task after one second.
// Python prints type(fut) here, `<class '_asyncio.Future'>`; C++ has no such class object, so
// this example prints the future's repr instead, `<Future pending>` (the one line that differs).
#include "tutorial.hpp"

aio::Coro<void> set_after(aio::Future<std::string> fut, double delay, std::string value) {
  co_await aio::sleep(delay);   // Sleep for *delay* seconds.
  fut.set_result(value);        // Set *value* as a result of *fut* Future.
}

aio::Coro<void> cell() {
  aio::EventLoop& loop = aio::EventLoop::get_running();  // Get the current event loop.
  aio::Future<std::string> fut(loop);                     // Create a new Future object.
  std::printf("%s\n", fut.repr().c_str());
  aio::create_task(loop, set_after(fut, 1, "... world"));  // Run set_after() in a parallel Task.
  std::printf("hello ...\n");
  std::printf("%s\n", (co_await fut).c_str());  // Wait until *fut* has a result (1 second).
}

int main(int argc, char** argv) { return tutorial::run(argc, argv, cell); }
