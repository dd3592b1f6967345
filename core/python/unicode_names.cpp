// `\N{...}`'s lookup in the name table of scripts/gen_unicode_names.py, whose docstring describes
// the format. Every read is checked against the table's end: on wasm the bytes come from the
// network, and a wrong or truncated file must make the name unknown, not crash the engine.
#include "unicode_names.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace py {
namespace {

constexpr std::string_view kMagic = "ATN1";  // gen_unicode_names.py's MAGIC

// A cursor over part of the table. Reading past the end sets failed() and yields 0xFF, whose
// high bit ends a word, so every loop over the bytes stops.
class Reader {
 public:
  explicit Reader(std::span<const unsigned char> bytes) : bytes_(bytes) {}

  bool at_end() const { return pos_ >= bytes_.size(); }
  bool failed() const { return failed_; }

  unsigned byte() {
    if (pos_ < bytes_.size()) return bytes_[pos_++];
    failed_ = true;
    return 0xFF;
  }
  std::uint32_t u24() {
    std::uint32_t high = byte(), middle = byte();
    return high << 16 | middle << 8 | byte();
  }
  // The next `size` bytes as a table of their own.
  std::span<const unsigned char> take(std::size_t size) {
    if (size > bytes_.size() - pos_) {
      failed_ = true;
      return {};
    }
    pos_ += size;
    return bytes_.subspan(pos_ - size, size);
  }
  // A NUL-terminated string.
  std::string_view string() {
    std::size_t start = pos_;
    while (pos_ < bytes_.size() && bytes_[pos_] != 0) ++pos_;
    std::string_view text(reinterpret_cast<const char*>(bytes_.data()) + start, pos_ - start);
    if (pos_ == bytes_.size())
      failed_ = true;
    else
      ++pos_;  // the NUL
    return text;
  }

 private:
  std::span<const unsigned char> bytes_;
  std::size_t pos_ = 0;
  bool failed_ = false;
};

// "CJK UNIFIED IDEOGRAPH-4E00": the name is the code point, as CPython's
// is_unified_ideograph (Unicode 14's ranges; unlike other names, in capitals only).
bool unified_ideograph(std::string_view name, std::uint32_t& code_point) {
  constexpr std::string_view kPrefix = "CJK UNIFIED IDEOGRAPH-";  // in capitals only
  if (name.substr(0, kPrefix.size()) != kPrefix) return false;
  std::string_view hex = name.substr(kPrefix.size());
  if (hex.size() != 4 && hex.size() != 5) return false;
  std::uint32_t v = 0;
  for (char c : hex) {
    if (c >= '0' && c <= '9')
      v = v * 16 + std::uint32_t(c - '0');
    else if (c >= 'A' && c <= 'F')
      v = v * 16 + std::uint32_t(c - 'A' + 10);
    else
      return false;
  }
  constexpr std::uint32_t kIdeographs[][2] = {
      {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0x20000, 0x2A6DF}, {0x2A700, 0x2B738},
      {0x2B740, 0x2B81D}, {0x2B820, 0x2CEA1}, {0x2CEB0, 0x2EBE0}, {0x30000, 0x3134A}};
  for (const auto& range : kIdeographs) {
    if (v >= range[0] && v <= range[1]) {
      code_point = v;
      return true;
    }
  }
  return false;
}

}  // namespace

bool lookup_unicode_name(std::string_view name, std::uint32_t& code_point) {
  // Names match without regard to case, as CPython's.
  std::string upper(name);
  for (char& c : upper) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  // Asked for before the table: these names need none.
  if (unified_ideograph(name, code_point)) return true;

  Reader table(unicode_names_table());
  std::span<const unsigned char> magic = table.take(kMagic.size());
  if (std::string_view(reinterpret_cast<const char*>(magic.data()), magic.size()) != kMagic)
    return false;
  const unsigned frequent_words = table.byte();
  std::vector<std::uint32_t> ranges(table.byte() * 2);
  for (std::uint32_t& bound : ranges) bound = table.u24();
  const std::uint32_t words_size = table.u24();
  const std::uint32_t names_size = table.u24();
  Reader words(table.take(words_size));
  Reader names(table.take(names_size));
  if (table.failed()) return false;
  Reader& aliases = table;  // the rest

  while (!aliases.at_end()) {
    std::string_view alias = aliases.string();
    std::uint32_t alias_code_point = aliases.u24();
    if (aliases.failed()) return false;
    if (alias == upper) {
      code_point = alias_code_point;
      return true;
    }
  }
  // The query's words as word numbers.
  std::vector<std::string_view> wanted;
  for (std::size_t start = 0;;) {
    std::size_t space = upper.find(' ', start);
    std::size_t end = space == std::string::npos ? upper.size() : space;
    if (end == start) return false;
    wanted.push_back(std::string_view(upper).substr(start, end - start));
    if (space == std::string::npos) break;
    start = space + 1;
  }
  std::vector<unsigned> numbers(wanted.size(), ~0u);
  std::string word;
  std::size_t found = 0;
  for (unsigned n = 0; !words.at_end() && found < wanted.size(); ++n) {
    word.resize(words.byte());
    for (;;) {
      unsigned c = words.byte();
      word += static_cast<char>(c & 0x7F);
      if (c & 0x80) break;
    }
    for (std::size_t k = 0; k < wanted.size(); ++k) {
      if (numbers[k] == ~0u && wanted[k] == word) {
        numbers[k] = n;
        ++found;
      }
    }
  }
  if (found < wanted.size() || words.failed()) return false;
  // The names, in code point order.
  std::vector<unsigned> current;
  for (std::size_t r = 0; r < ranges.size(); r += 2) {
    for (std::uint32_t cp = ranges[r]; cp <= ranges[r + 1]; ++cp) {
      unsigned head = names.byte();
      if (names.failed()) return false;
      if (head == 0) continue;
      current.resize(head >> 4);
      for (unsigned k = head & 15; k > 0; --k) {
        unsigned n = names.byte();
        if (n >= frequent_words) n = frequent_words + (n - frequent_words) * 256 + names.byte();
        current.push_back(n);
      }
      if (current == numbers) {
        code_point = cp;
        return true;
      }
    }
  }
  return false;
}

}  // namespace py
