// The Mersenne Twister of Python's `random` module: CPython 3.11's Modules/_randommodule.c,
// drawing exactly the same words, so every seed gives the sequences CPython gives. Independent
// of the interpreter's object model. random.py builds Lib/random.py's methods over random() and
// getrandbits(); numbers of any size are little-endian 32-bit words.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace py::random {

class MersenneTwister {
 public:
  static constexpr std::size_t kStateWords = 624;

  // What _random.Random.getstate() holds: the words and the index of the next one.
  struct State {
    std::array<std::uint32_t, kStateWords> words{};
    int index = 0;  // next word to temper; kStateWords: the words are regenerated first
    bool operator==(const State&) const = default;
  };

  // Seeded from the time and process id, as random.Random() without argument.
  MersenneTwister();

  // random.seed(n) of an int: `words` is abs(n), least significant word first (leading zero
  // words are ignored; none means 0).
  void seed_from_words(std::span<const std::uint32_t> words);
  // random.seed(x) of any other hashable (a float, say): CPython seeds with (size_t)hash(x).
  // This takes hash(x) as 64-bit CPython computes it, and seeds as 64-bit CPython does.
  void seed_from_hash(std::int64_t hash);
  // random.seed() / random.seed(None): CPython reads 624 words of os.urandom() and falls back
  // on these; seeds are not reproducible either way.
  void seed_from_time_and_pid();

  State state() const;
  // False (and the state unchanged) if the index is beyond kStateWords.
  bool set_state(const State& state);

  // The next tempered word: the core generator.
  std::uint32_t genrand_uint32();
  // random(): 53 random bits in [0, 1) (genrand_res53).
  double random();
  // getrandbits(k): ceil(k / 32) little-endian words (none for k == 0); the last word keeps
  // the top bits of its draw.
  std::vector<std::uint32_t> getrandbits(std::size_t k);

 private:
  void init_by_array(std::span<const std::uint32_t> key);

  std::array<std::uint32_t, kStateWords> mt_{};
  int index_ = 0;
};

}  // namespace py::random
