// Imposer un délai d'attente maximal: wait_for gives up after 2 s and cancels trop_long.
#include "tutorial.hpp"

aio::Coro<void> trop_long() {
  co_await aio::sleep(60);
  std::printf("1 minute !\n");
}

aio::Coro<void> impatient() {
  try {
    co_await aio::wait_for(trop_long(), 2);
  } catch (const aio::TimeoutError&) {
    std::printf("timeout !\n");
  }
}

aio::Coro<void> cell() { co_await impatient(); }

int main(int argc, char** argv) { return tutorial::run(argc, argv, cell); }
