// CPython 3.11's Modules/_randommodule.c, step for step: every call draws the same words from the
// generator in the same order.
#include "random_engine.hpp"

#include <unistd.h>

#include <algorithm>
#include <bit>
#include <ctime>
#include <string>

namespace py::random {

namespace {

constexpr std::array<std::uint64_t, 80> kSha512RoundConstants = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
    0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
    0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
    0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
    0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
    0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
    0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
    0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
    0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
    0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
    0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817};

constexpr std::array<std::uint64_t, 8> kSha512InitialHash = {
    0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
    0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};

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

std::array<std::uint8_t, 64> sha512(std::string_view bytes) {
  // The message, a 1 bit, zeros up to 112 bytes modulo 128, then its length in bits as a
  // 128-bit big-endian number: whole 128-byte blocks.
  std::vector<std::uint8_t> message(bytes.begin(), bytes.end());
  message.push_back(0x80);
  while (message.size() % 128 != 112) message.push_back(0);
  const std::uint64_t size = bytes.size();
  const std::uint64_t bit_length[2] = {size >> 61, size << 3};
  for (std::uint64_t half : bit_length) {
    for (int shift = 56; shift >= 0; shift -= 8) message.push_back(std::uint8_t(half >> shift));
  }

  std::array<std::uint64_t, 8> hash = kSha512InitialHash;
  for (std::size_t block = 0; block < message.size(); block += 128) {
    std::array<std::uint64_t, 80> w{};
    for (int t = 0; t < 16; ++t) {
      for (int i = 0; i < 8; ++i) w[t] = w[t] << 8 | message[block + 8 * t + i];
    }
    for (int t = 16; t < 80; ++t) {
      std::uint64_t s0 = std::rotr(w[t - 15], 1) ^ std::rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
      std::uint64_t s1 = std::rotr(w[t - 2], 19) ^ std::rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
      w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    auto [a, b, c, d, e, f, g, h] = hash;
    for (int t = 0; t < 80; ++t) {
      std::uint64_t s1 = std::rotr(e, 14) ^ std::rotr(e, 18) ^ std::rotr(e, 41);
      std::uint64_t choose = (e & f) ^ (~e & g);
      std::uint64_t temp1 = h + s1 + choose + kSha512RoundConstants[t] + w[t];
      std::uint64_t s0 = std::rotr(a, 28) ^ std::rotr(a, 34) ^ std::rotr(a, 39);
      std::uint64_t majority = (a & b) ^ (a & c) ^ (b & c);
      h = g;
      g = f;
      f = e;
      e = d + temp1;
      d = c;
      c = b;
      b = a;
      a = temp1 + s0 + majority;
    }
    const std::array<std::uint64_t, 8> round = {a, b, c, d, e, f, g, h};
    for (int i = 0; i < 8; ++i) hash[i] += round[i];
  }

  std::array<std::uint8_t, 64> digest{};
  for (int i = 0; i < 64; ++i) digest[i] = std::uint8_t(hash[i / 8] >> (56 - 8 * (i % 8)));
  return digest;
}

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

void MersenneTwister::seed_from_string(std::string_view bytes) {
  std::string number(bytes);
  for (std::uint8_t byte : sha512(bytes)) number.push_back(static_cast<char>(byte));
  // int.from_bytes(number, 'big'): the last byte is the least significant.
  std::vector<std::uint32_t> words((number.size() + 3) / 4);
  for (std::size_t i = 0; i < number.size(); ++i) {
    std::size_t bit = 8 * (number.size() - 1 - i);
    words[bit / 32] |= std::uint32_t(static_cast<std::uint8_t>(number[i])) << (bit % 32);
  }
  seed_from_words(words);
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
