#!/usr/bin/env python3
"""Generates core/python/unicode_names.cpp: the Unicode character names `\\N{...}` escapes
resolve, for a subset of Unicode chosen to keep the engine small (the whole database would be
several hundred KB).

    python3 scripts/gen_unicode_names.py            # rewrites core/python/unicode_names.cpp
    python3 scripts/gen_unicode_names.py --stats    # prints the table's size only

Run it with CPython 3.11 (its unicodedata is Unicode 14.0, the names CPython 3.11 accepts).

The subset (BLOCKS below): ASCII, Latin-1 Supplement, Latin Extended-A, Greek and Coptic,
Cyrillic, General Punctuation, Currency Symbols, Letterlike Symbols, Arrows, Mathematical
Operators, Box Drawing, Block Elements, Geometric Shapes, Miscellaneous Symbols, Dingbats and
the emoji blocks 1F300-1F64F, 1F680-1F6FF, 1F900-1F9FF, the CJK unified ideographs (whose
names are their code points, "CJK UNIFIED IDEOGRAPH-4E00"), plus the name aliases of ALIASES (the
control characters' names, NBSP, ZWJ...), each checked against unicodedata.lookup.

Encoding (lookup only goes from name to code point, so nothing needs random access):
  - kWords: every distinct word of the names, the 224 most frequent first, then the others,
    each group in alphabetical order and front-coded: one byte of prefix length shared with the
    previous word, then the rest of the word with the high bit set on its last character.
    A word's number is its position.
  - kNames: one entry per code point of kRanges, in order: a byte (words shared with the
    previous name) << 4 | (words that follow), then those words' numbers: one byte below 224,
    else two bytes (224 + n / 256, n % 256) for n = number - 224. A 0 byte: no character.
  - kAliases: "NAME\\0" strings, each followed by its code point in three bytes.
"""
import collections
import sys
import unicodedata
from pathlib import Path

BLOCKS = [
    (0x0020, 0x007E, "ASCII"),
    (0x00A0, 0x00FF, "Latin-1 Supplement"),
    (0x0100, 0x017F, "Latin Extended-A"),
    (0x0370, 0x03FF, "Greek and Coptic"),
    (0x0400, 0x04FF, "Cyrillic"),
    (0x2000, 0x206F, "General Punctuation"),
    (0x20A0, 0x20CF, "Currency Symbols"),
    (0x2100, 0x214F, "Letterlike Symbols"),
    (0x2190, 0x21FF, "Arrows"),
    (0x2200, 0x22FF, "Mathematical Operators"),
    (0x2500, 0x257F, "Box Drawing"),
    (0x2580, 0x259F, "Block Elements"),
    (0x25A0, 0x25FF, "Geometric Shapes"),
    (0x2600, 0x26FF, "Miscellaneous Symbols"),
    (0x2700, 0x27BF, "Dingbats"),
    (0x1F300, 0x1F64F, "Miscellaneous Symbols and Pictographs, Emoticons"),
    (0x1F680, 0x1F6FF, "Transport and Map Symbols"),
    (0x1F900, 0x1F9FF, "Supplemental Symbols and Pictographs"),
]

# Aliases from NameAliases.txt for characters of the subset (and the C0/C1 controls, which have
# no name of their own): the ones people write.
ALIASES = {
    "NULL": 0x00, "NUL": 0x00, "BEL": 0x07, "ALERT": 0x07, "BACKSPACE": 0x08,
    "BS": 0x08, "CHARACTER TABULATION": 0x09, "HORIZONTAL TABULATION": 0x09, "TAB": 0x09,
    "HT": 0x09, "LINE FEED": 0x0A, "NEW LINE": 0x0A, "END OF LINE": 0x0A, "LF": 0x0A,
    "NL": 0x0A, "EOL": 0x0A, "LINE TABULATION": 0x0B, "VERTICAL TABULATION": 0x0B, "VT": 0x0B,
    "FORM FEED": 0x0C, "FF": 0x0C, "CARRIAGE RETURN": 0x0D, "CR": 0x0D, "ESCAPE": 0x1B,
    "ESC": 0x1B, "DELETE": 0x7F, "DEL": 0x7F, "NEXT LINE": 0x85, "NEL": 0x85, "NBSP": 0xA0,
    "SHY": 0xAD, "ZWSP": 0x200B, "ZWNJ": 0x200C, "ZWJ": 0x200D, "LRM": 0x200E, "RLM": 0x200F,
    "NNBSP": 0x202F, "MMSP": 0x205F, "WJ": 0x2060, "SP": 0x20,
}

FREQUENT = 224  # words with a one-byte number
OUTPUT = Path(__file__).resolve().parent.parent / "core/python/unicode_names.cpp"


def build():
    if sys.version_info[:2] != (3, 11):
        sys.exit("gen_unicode_names.py: run it with CPython 3.11")
    names = []  # (code point, name or None)
    for start, end, _ in BLOCKS:
        for cp in range(start, end + 1):
            names.append((cp, unicodedata.name(chr(cp), None)))
    for alias, cp in ALIASES.items():
        assert unicodedata.lookup(alias) == chr(cp), alias

    counts = collections.Counter(w for _, n in names if n for w in n.split(" "))
    by_frequency = [w for w, _ in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]
    words = sorted(by_frequency[:FREQUENT]) + sorted(by_frequency[FREQUENT:])
    assert len(words) - FREQUENT <= (256 - FREQUENT) * 256
    number = {w: i for i, w in enumerate(words)}

    word_bytes = bytearray()
    previous = ""
    for i, w in enumerate(words):
        shared = 0
        if i != FREQUENT:  # each group starts afresh
            while shared < min(len(w) - 1, len(previous), 255) and w[shared] == previous[shared]:
                shared += 1
        assert all(" " < c <= "Z" or c == "-" or c.isdigit() for c in w), w
        rest = w[shared:].encode("ascii")
        word_bytes.append(shared)
        word_bytes += rest[:-1]
        word_bytes.append(rest[-1] | 0x80)
        previous = w

    name_bytes = bytearray()
    previous = []
    for _, n in names:
        if n is None:
            name_bytes.append(0)
            continue
        ws = n.split(" ")
        shared = 0
        while shared < min(len(ws) - 1, len(previous), 15) and ws[shared] == previous[shared]:
            shared += 1
        rest = ws[shared:]
        assert len(rest) <= 15
        name_bytes.append(shared << 4 | len(rest))
        for w in rest:
            k = number[w]
            if k < FREQUENT:
                name_bytes.append(k)
            else:
                k -= FREQUENT
                name_bytes += bytes([FREQUENT + k // 256, k % 256])
        previous = ws

    alias_bytes = bytearray()
    for alias, cp in sorted(ALIASES.items()):
        alias_bytes += alias.encode("ascii") + b"\0" + bytes([cp >> 16, (cp >> 8) & 0xFF, cp & 0xFF])

    ranges = [(start, end) for start, end, _ in BLOCKS]
    return words, word_bytes, name_bytes, alias_bytes, ranges


def c_bytes(data):
    lines = []
    for i in range(0, len(data), 24):
        lines.append("    " + ",".join(str(b) for b in data[i : i + 24]) + ",")
    return "\n".join(lines)


def main():
    words, word_bytes, name_bytes, alias_bytes, ranges = build()
    size = len(word_bytes) + len(name_bytes) + len(alias_bytes) + 8 * len(ranges)
    if "--stats" in sys.argv:
        print(f"{len(words)} words: {len(word_bytes)} bytes; names: {len(name_bytes)} bytes; "
              f"aliases: {len(alias_bytes)} bytes; total {size} bytes")
        return
    blocks = "\n".join(f"//   {start:04X}-{end:04X} {label}" for start, end, label in BLOCKS)
    range_lines = "\n".join(f"    {{0x{s:04X}, 0x{e:04X}}}," for s, e in ranges)
    OUTPUT.write_text(f"""\
// Generated by scripts/gen_unicode_names.py from CPython 3.11's unicodedata (Unicode
// {unicodedata.unidata_version}); do not edit. The names `\\N{{...}}` resolves, for these blocks:
{blocks}
// plus the CJK unified ideographs (named by their code point) and {len(ALIASES)} name aliases.
// {size} bytes of tables; the script explains the encoding.
// clang-format off
#include "unicode_names.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace py {{
namespace {{

constexpr int kFrequentWords = {FREQUENT};
constexpr std::uint32_t kRanges[][2] = {{
{range_lines}
}};
constexpr unsigned char kWords[] = {{
{c_bytes(word_bytes)}
}};
constexpr unsigned char kNames[] = {{
{c_bytes(name_bytes)}
}};
constexpr unsigned char kAliases[] = {{
{c_bytes(alias_bytes)}
}};

// "CJK UNIFIED IDEOGRAPH-4E00": the name is the code point, as CPython's
// is_unified_ideograph (Unicode 14's ranges; unlike other names, in capitals only).
bool unified_ideograph(std::string_view name, std::uint32_t& code_point) {{
  constexpr std::string_view kPrefix = "CJK UNIFIED IDEOGRAPH-";  // in capitals only
  if (name.substr(0, kPrefix.size()) != kPrefix) return false;
  std::string_view hex = name.substr(kPrefix.size());
  if (hex.size() != 4 && hex.size() != 5) return false;
  std::uint32_t v = 0;
  for (char c : hex) {{
    if (c >= '0' && c <= '9') v = v * 16 + std::uint32_t(c - '0');
    else if (c >= 'A' && c <= 'F') v = v * 16 + std::uint32_t(c - 'A' + 10);
    else return false;
  }}
  constexpr std::uint32_t kIdeographs[][2] = {{
      {{0x3400, 0x4DBF}}, {{0x4E00, 0x9FFF}}, {{0x20000, 0x2A6DF}}, {{0x2A700, 0x2B738}},
      {{0x2B740, 0x2B81D}}, {{0x2B820, 0x2CEA1}}, {{0x2CEB0, 0x2EBE0}}, {{0x30000, 0x3134A}}}};
  for (const auto& range : kIdeographs) {{
    if (v >= range[0] && v <= range[1]) {{
      code_point = v;
      return true;
    }}
  }}
  return false;
}}

}}  // namespace

bool lookup_unicode_name(std::string_view name, std::uint32_t& code_point) {{
  // Names match without regard to case, as CPython's.
  std::string upper(name);
  for (char& c : upper) {{
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }}
  if (unified_ideograph(name, code_point)) return true;
  for (std::size_t i = 0; i < sizeof kAliases;) {{
    std::string_view alias(reinterpret_cast<const char*>(kAliases + i));
    i += alias.size() + 1;
    if (alias == upper) {{
      code_point = std::uint32_t(kAliases[i]) << 16 | std::uint32_t(kAliases[i + 1]) << 8 |
                   kAliases[i + 2];
      return true;
    }}
    i += 3;
  }}
  // The query's words as word numbers.
  std::vector<std::string_view> wanted;
  for (std::size_t start = 0;;) {{
    std::size_t space = upper.find(' ', start);
    std::size_t end = space == std::string::npos ? upper.size() : space;
    if (end == start) return false;
    wanted.push_back(std::string_view(upper).substr(start, end - start));
    if (space == std::string::npos) break;
    start = space + 1;
  }}
  std::vector<int> numbers(wanted.size(), -1);
  std::string word;
  int found = 0;
  for (std::size_t i = 0, n = 0; i < sizeof kWords && found < int(wanted.size()); ++n) {{
    word.resize(kWords[i++]);
    for (;;) {{
      unsigned char c = kWords[i++];
      word += static_cast<char>(c & 0x7F);
      if (c & 0x80) break;
    }}
    for (std::size_t k = 0; k < wanted.size(); ++k) {{
      if (numbers[k] < 0 && wanted[k] == word) {{
        numbers[k] = int(n);
        ++found;
      }}
    }}
  }}
  if (found < int(wanted.size())) return false;
  // The names, in code point order.
  std::vector<int> current;
  std::size_t i = 0;
  for (const auto& range : kRanges) {{
    for (std::uint32_t cp = range[0]; cp <= range[1]; ++cp) {{
      unsigned char head = kNames[i++];
      if (head == 0) continue;
      current.resize(head >> 4);
      for (int k = head & 15; k > 0; --k) {{
        int n = kNames[i++];
        if (n >= kFrequentWords) n = kFrequentWords + (n - kFrequentWords) * 256 + kNames[i++];
        current.push_back(n);
      }}
      if (current == numbers) {{
        code_point = cp;
        return true;
      }}
    }}
  }}
  return false;
}}

}}  // namespace py
""")
    print(f"wrote {OUTPUT.relative_to(Path.cwd()) if OUTPUT.is_relative_to(Path.cwd()) else OUTPUT}: {size} bytes of tables")


if __name__ == "__main__":
    main()
