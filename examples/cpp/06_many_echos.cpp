// 2. Aller plus loin: n tasks echoing after i² seconds, awaited one by one.
#include <vector>

#include "tutorial.hpp"

aio::Coro<void> plein_d_echos(int n) {
  std::vector<aio::Task<void>> liste_de_choses_a_faire;
  for (int i = 1; i <= n; ++i) {
    liste_de_choses_a_faire.push_back(
        aio::create_task(tutorial::echo(i * i, "echo " + std::to_string(i))));
  }
  for (int i = 0; i < n; ++i) co_await liste_de_choses_a_faire[i];
}

aio::Coro<void> cell() { co_await plein_d_echos(5); }

int main(int argc, char** argv) { return tutorial::run(argc, argv, cell); }
