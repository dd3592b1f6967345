// Rassembler les tâches et futurs: gather runs the echos together, then returns results in the
// order of its arguments ([1, 2, 3]) whatever order they finish in.
#include <vector>

#include "tutorial.hpp"

aio::Coro<void> plein_d_echos2(int n) {
  std::vector<aio::Task<void>> liste_de_choses_a_faire;
  for (int i = 1; i <= n; ++i) {
    liste_de_choses_a_faire.push_back(
        aio::create_task(tutorial::echo(i * i, "echo " + std::to_string(i))));
  }
  co_await aio::gather(liste_de_choses_a_faire);
}

aio::Coro<int> identite(int x, double delai) {
  co_await aio::sleep(delai);
  co_return x;
}

aio::Coro<void> cell() {
  co_await plein_d_echos2(5);

  std::vector<aio::Task<int>> taches;
  for (int i = 1; i < 4; ++i) taches.push_back(aio::create_task(identite(i, 5 - i)));
  std::vector<int> results = co_await aio::gather(taches);
  std::printf("[%d, %d, %d]\n", results[0], results[1], results[2]);  // the notebook's Out[]
}

int main(int argc, char** argv) { return tutorial::run(argc, argv, cell); }
