#include <aio/aio.hpp>
#include <cstdio>

aio::Coro<int> answer() {
  co_await aio::sleep(0.01);
  co_return 42;
}

int main() {
  std::printf("consumer ok: %d\n", aio::run(answer()));
  return 0;
}
