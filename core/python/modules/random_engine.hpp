// The engine of Python's `random` module: CPython 3.11's Mersenne Twister (Modules/_randommodule.c)
// and the algorithms of Lib/random.py over it, consuming exactly the same random bits, so every
// seed gives the sequences CPython gives. Independent of the interpreter's object model: the
// interpreter converts its arguments, and picks elements with the indices returned here.
//
// Integers are 64-bit: randrange()/randint() take int64 bounds (CPython's arbitrary ints are
// not supported there), while seed_from_words(), getrandbits() and randbelow() take and return
// numbers of any size as little-endian 32-bit words, so the interpreter can build huge ranges
// on its own big integers. Real arguments are doubles: where Python would compute with exact
// ints first (uniform(a, b) with int bounds beyond 2**53), the last bit may differ.
//
// The distributions call the C library's log, exp, cos, sin, acos and pow where CPython does,
// so they match CPython built on the same C library; others round some results differently in
// the last bit (Emscripten's musl, as Pyodide's CPython would; glibc without FMA). Everything
// else, including every integer and random(), is the same everywhere.
//
// Errors are values: the Python exception class and CPython's message.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace py::random {

struct Error {
  std::string type;  // the Python exception class, e.g. "ValueError"
  std::string message;
  bool operator==(const Error&) const = default;
};

template <class T>
using Result = std::variant<T, Error>;

// SHA-512 (FIPS 180-4) of `bytes`: random.seed() of a str or bytes hashes it.
std::array<std::uint8_t, 64> sha512(std::string_view bytes);

class MersenneTwister {
 public:
  static constexpr std::size_t kStateWords = 624;

  // What random.getstate() returns: _random.Random's words and index, and Random.gauss_next.
  struct State {
    std::array<std::uint32_t, kStateWords> words{};
    int index = 0;  // next word to temper; kStateWords: the words are regenerated first
    std::optional<double> gauss_next;
    bool operator==(const State&) const = default;
  };

  // Seeded from the time and process id, as random.Random() without argument.
  MersenneTwister();

  // random.seed(n) of an int: `words` is abs(n), least significant word first (leading zero
  // words are ignored; none means 0). Every seed_* also forgets the cached gauss() value.
  void seed_from_words(std::span<const std::uint32_t> words);
  // random.seed(n) of an int that fits 64 bits.
  void seed_from_int(std::int64_t n);
  // random.seed(a) of a str (its UTF-8 encoding), bytes or bytearray, version 2 (the default):
  // the seed is int.from_bytes(a + sha512(a).digest(), 'big').
  void seed_from_string(std::string_view bytes);
  // random.seed(x) of any other hashable (a float, say): CPython seeds with (size_t)hash(x).
  // This takes hash(x) as 64-bit CPython computes it, and seeds as 64-bit CPython does.
  void seed_from_hash(std::int64_t hash);
  // random.seed() / random.seed(None): CPython reads 624 words of os.urandom() and falls back
  // on these; seeds are not reproducible either way.
  void seed_from_time_and_pid();

  State state() const;
  // ValueError "invalid state" if the index is beyond kStateWords (the state is then unchanged).
  std::optional<Error> set_state(const State& state);

  // The next tempered word: the core generator.
  std::uint32_t genrand_uint32();
  // random(): 53 random bits in [0, 1) (genrand_res53).
  double random();
  // getrandbits(k): ceil(k / 32) little-endian words (none for k == 0). ValueError for k < 0,
  // OverflowError beyond a C int, as CPython's argument conversion.
  Result<std::vector<std::uint32_t>> getrandbits(std::int64_t k);
  // randbytes(n): getrandbits(n * 8) as n little-endian bytes.
  Result<std::vector<std::uint8_t>> randbytes(std::int64_t n);

  // _randbelow(n) for n > 0: an integer in [0, n) from getrandbits(n.bit_length()), retried
  // while it is n or more.
  std::uint64_t randbelow(std::uint64_t n);
  // The same for an n of any size (little-endian words, not all zero); the result has
  // ceil(n.bit_length() / 32) words.
  std::vector<std::uint32_t> randbelow(std::span<const std::uint32_t> n);

  Result<std::int64_t> randrange(std::int64_t stop);
  Result<std::int64_t> randrange(std::int64_t start, std::int64_t stop, std::int64_t step = 1);
  Result<std::int64_t> randint(std::int64_t a, std::int64_t b);

  // choice(seq): the index to take from a sequence of `length` elements.
  Result<std::size_t> choice(std::size_t length);
  // shuffle(x): the same swaps as random.shuffle on a list of the same length.
  template <class T>
  void shuffle(std::span<T> items);
  // sample(population, k): the indices of the chosen elements, in selection order.
  Result<std::vector<std::size_t>> sample(std::size_t population_size, std::int64_t k);
  // choices(population, k=k) without weights: the indices (population[index] raises the
  // IndexError when the population is empty and k > 0).
  std::vector<std::size_t> choices(std::size_t population_size, std::size_t k);
  // choices(population, cum_weights=cum_weights, k=k). An empty cum_weights fails as
  // `cum_weights[-1]` does on a list.
  Result<std::vector<std::size_t>> choices(std::size_t population_size,
                                           std::span<const double> cum_weights, std::size_t k);

  double uniform(double a, double b);
  double triangular(double low = 0.0, double high = 1.0, std::optional<double> mode = {});
  double normalvariate(double mu = 0.0, double sigma = 1.0);
  Result<double> lognormvariate(double mu, double sigma);
  double gauss(double mu = 0.0, double sigma = 1.0);
  Result<double> expovariate(double lambd);
  Result<double> vonmisesvariate(double mu, double kappa);
  Result<double> gammavariate(double alpha, double beta);
  Result<double> betavariate(double alpha, double beta);
  Result<double> paretovariate(double alpha);
  Result<double> weibullvariate(double alpha, double beta);

 private:
  // getrandbits(k) for k >= 0, unchecked.
  std::vector<std::uint32_t> random_words(std::size_t k);
  // getrandbits(k) for 0 < k <= 64, as one number.
  std::uint64_t getrandbits64(int k);
  void init_by_array(std::span<const std::uint32_t> key);

  std::array<std::uint32_t, kStateWords> mt_{};
  int index_ = 0;
  std::optional<double> gauss_next_;
};

template <class T>
void MersenneTwister::shuffle(std::span<T> items) {
  // for i in reversed(range(1, len(x))): j = randbelow(i + 1); x[i], x[j] = x[j], x[i]
  for (std::size_t i = items.size(); i-- > 1;) {
    auto j = static_cast<std::size_t>(randbelow(i + 1));
    std::swap(items[i], items[j]);
  }
}

}  // namespace py::random
