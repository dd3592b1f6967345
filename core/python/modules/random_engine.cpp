// CPython 3.11's Modules/_randommodule.c, step for step: every call draws the same words from the
// generator in the same order.
#include "random_engine.hpp"

#include <unistd.h>

#include <algorithm>
#include <ctime>

namespace py::random {

namespace {

// The module constants of Lib/random.py, as CPython computes them at import (with libm's exp
// and log, so spelled out here rather than recomputed by another libm).
constexpr double kNvMagicConst = 0x1.b72cd3f331398p+0;  // 4 * exp(-0.5) / sqrt(2.0)
constexpr double kLog4 = 0x1.62e42fefa39efp+0;          // log(4.0)
constexpr double kSgMagicConst = 0x1.40859baee748fp+1;  // 1.0 + log(4.5)
constexpr double kTwoPi = 0x1.921fb54442d18p+2;         // math.tau
constexpr double kPi = 0x1.921fb54442d18p+1;
constexpr double kE = 0x1.5bf0a8b145769p+1;

// Mersenne Twister parameters (N, M, MATRIX_A, UPPER_MASK, LOWER_MASK in _randommodule.c).
constexpr int kN = static_cast<int>(MersenneTwister::kStateWords);
constexpr int kM = 397;
constexpr std::uint32_t kMatrixA = 0x9908b0dfU;
constexpr std::uint32_t kUpperMask = 0x80000000U;
constexpr std::uint32_t kLowerMask = 0x7fffffffU;

}  // namespace

MersenneTwister::MersenneTwister() {
  seed_from_time_and_pid();
}

// init_genrand(19650218) followed by the mixing of init_by_array.
void MersenneTwister::init_by_array(std::span<const std::uint32_t> key) {
  std::uint32_t* mt = mt_.data();
  mt[0] = 19650218U;
  for (int i = 1; i < kN; ++i) {
    mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + static_cast<std::uint32_t>(i);
  }
  index_ = kN;

  std::size_t i = 1, j = 0;
  for (std::size_t k = std::max<std::size_t>(kN, key.size()); k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] +
            static_cast<std::uint32_t>(j);
    ++i;
    ++j;
    if (i >= std::size_t{kN}) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
    if (j >= key.size()) j = 0;
  }
  for (std::size_t k = kN - 1; k; --k) {
    mt[i] =
        (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - static_cast<std::uint32_t>(i);
    ++i;
    if (i >= std::size_t{kN}) {
      mt[0] = mt[kN - 1];
      i = 1;
    }
  }
  mt[0] = 0x80000000U;  // MSB is 1, assuring a non-zero initial array
}

void MersenneTwister::seed_from_words(std::span<const std::uint32_t> words) {
  // CPython splits abs(n) into _PyLong_NumBits(n) bits' worth of words, at least one.
  std::size_t used = words.size();
  while (used > 0 && words[used - 1] == 0) --used;
  const std::uint32_t zero = 0;
  init_by_array(used == 0 ? std::span<const std::uint32_t>(&zero, 1) : words.first(used));
}

void MersenneTwister::seed_from_hash(std::int64_t hash) {
  auto as_size_t = static_cast<std::uint64_t>(hash);
  const std::uint32_t words[2] = {std::uint32_t(as_size_t), std::uint32_t(as_size_t >> 32)};
  seed_from_words(words);
}

void MersenneTwister::seed_from_time_and_pid() {
  // random_seed_time_pid: system clock, process id, monotonic clock, in nanoseconds. Read with
  // clock_gettime: std::chrono's clocks link libc's printf into the wasm engine (their
  // system_error path).
  auto nanoseconds = [](clockid_t clock) {
    timespec now{};
    clock_gettime(clock, &now);
    return static_cast<std::uint64_t>(now.tv_sec) * 1000000000u +
           static_cast<std::uint64_t>(now.tv_nsec);
  };
  std::uint64_t now = nanoseconds(CLOCK_REALTIME);
  std::uint64_t monotonic = nanoseconds(CLOCK_MONOTONIC);
  const std::uint32_t key[5] = {std::uint32_t(now), std::uint32_t(now >> 32),
                                static_cast<std::uint32_t>(getpid()), std::uint32_t(monotonic),
                                std::uint32_t(monotonic >> 32)};
  init_by_array(key);
}

MersenneTwister::State MersenneTwister::state() const {
  return {mt_, index_};
}

bool MersenneTwister::set_state(const State& state) {
  if (state.index < 0 || state.index > kN) return false;
  mt_ = state.words;
  index_ = state.index;
  return true;
}

std::uint32_t MersenneTwister::genrand_uint32() {
  static constexpr std::uint32_t mag01[2] = {0x0U, kMatrixA};
  std::uint32_t* mt = mt_.data();
  std::uint32_t y;
  if (index_ >= kN) {  // generate N words at one time
    int kk = 0;
    for (; kk < kN - kM; ++kk) {
      y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
      mt[kk] = mt[kk + kM] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    for (; kk < kN - 1; ++kk) {
      y = (mt[kk] & kUpperMask) | (mt[kk + 1] & kLowerMask);
      mt[kk] = mt[kk + (kM - kN)] ^ (y >> 1) ^ mag01[y & 0x1U];
    }
    y = (mt[kN - 1] & kUpperMask) | (mt[0] & kLowerMask);
    mt[kN - 1] = mt[kM - 1] ^ (y >> 1) ^ mag01[y & 0x1U];
    index_ = 0;
  }
  y = mt[index_++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

double MersenneTwister::random() {
  // 27 bits of the first word above 26 bits of the second, over 2**53.
  std::uint32_t a = genrand_uint32() >> 5;
  std::uint32_t b = genrand_uint32() >> 6;
  return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

std::vector<std::uint32_t> MersenneTwister::getrandbits(std::size_t k) {
  // Least significant word first; the last word keeps the top bits of its draw.
  std::vector<std::uint32_t> words((k + 31) / 32);
  for (std::uint32_t& word : words) {
    word = genrand_uint32();
    if (k < 32) word >>= 32 - k;
    k -= std::min<std::size_t>(k, 32);
  }
  return words;
}

}  // namespace py::random
