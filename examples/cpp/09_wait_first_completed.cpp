// Attendre avec des conditions: wait(..., FIRST_COMPLETED) returns as soon as one task is done
// (the third, after 2 s); the other two are still pending.
#include <algorithm>
#include <vector>

#include "tutorial.hpp"

aio::Coro<int> identite(int x, double delai) {
  co_await aio::sleep(delai);
  co_return x;
}

aio::Coro<void> cell() {
  std::vector<aio::Task<int>> taches;
  for (int i = 1; i < 4; ++i) taches.push_back(aio::create_task(identite(i, 5 - i)));
  auto [done, pending] = co_await aio::wait(taches, aio::FIRST_COMPLETED);

  std::printf("[");
  for (std::size_t i = 0; i < taches.size(); ++i) {
    bool in_done = std::find(done.begin(), done.end(), taches[i]) != done.end();
    std::printf("%s%s", i ? ", " : "", in_done ? "True" : "False");
  }
  std::printf("]\n%d\n", taches[2].result());
}

int main(int argc, char** argv) { return tutorial::run(argc, argv, cell); }
