#!/usr/bin/env python3
"""Generates core/python/unicode_names.bin: the Unicode character names `\\N{...}` escapes
resolve, for a subset of Unicode chosen to keep the engine small (the whole database would be
several hundred KB). core/python/unicode_names.cpp reads it. The native build links the file
in (cmake/EmbedBinary.cmake); the wasm engine loads it from its host the first time a
source holds a `\\N{...}` escape (wasm/README.md), so the 25 KB, which gzip hardly shrinks,
are not part of every page load.

    python3 scripts/gen_unicode_names.py            # rewrites core/python/unicode_names.bin
    python3 scripts/gen_unicode_names.py --stats    # prints the table's size only

Run it with CPython 3.11 (its unicodedata is Unicode 14.0, the names CPython 3.11 accepts).

The subset (BLOCKS below): ASCII, Latin-1 Supplement, Latin Extended-A, Greek and Coptic,
Cyrillic, General Punctuation, Currency Symbols, Letterlike Symbols, Arrows, Mathematical
Operators, Box Drawing, Block Elements, Geometric Shapes, Miscellaneous Symbols, Dingbats and
the emoji blocks 1F300-1F64F, 1F680-1F6FF, 1F900-1F9FF, plus the name aliases of ALIASES (the
control characters' names, NBSP, ZWJ...), each checked against unicodedata.lookup. The CJK
unified ideographs, whose names are their code points ("CJK UNIFIED IDEOGRAPH-4E00"), need no
table.

Encoding (lookup only goes from name to code point, so nothing needs random access). Numbers
of three bytes are big-endian.
  - header: MAGIC; one byte: the number of frequent words (224); one byte: the number of
    ranges; each range's first and last code point (three bytes each); the sizes of the words
    and of the names (three bytes each).
  - words: every distinct word of the names, the 224 most frequent first, then the others,
    each group in alphabetical order and front-coded: one byte of prefix length shared with the
    previous word, then the rest of the word with the high bit set on its last character.
    A word's number is its position.
  - names: one entry per code point of the ranges, in order: a byte (words shared with the
    previous name) << 4 | (words that follow), then those words' numbers: one byte below 224,
    else two bytes (224 + n / 256, n % 256) for n = number - 224. A 0 byte: no character.
  - aliases, to the end: "NAME\\0" strings, each followed by its code point in three bytes.
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
OUTPUT = Path(__file__).resolve().parent.parent / "core/python/unicode_names.bin"


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


MAGIC = b"ATN1"  # the format's name and version, unicode_names.cpp's kMagic: change both with it


def u24(n):
    assert 0 <= n < 1 << 24
    return bytes([n >> 16, (n >> 8) & 0xFF, n & 0xFF])


def main():
    words, word_bytes, name_bytes, alias_bytes, ranges = build()
    table = bytearray(MAGIC)
    table += bytes([FREQUENT, len(ranges)])
    for start, end in ranges:
        table += u24(start) + u24(end)
    table += u24(len(word_bytes)) + u24(len(name_bytes))
    table += word_bytes + name_bytes + alias_bytes
    if "--stats" in sys.argv:
        print(f"{len(words)} words: {len(word_bytes)} bytes; names: {len(name_bytes)} bytes; "
              f"aliases: {len(alias_bytes)} bytes; total {len(table)} bytes")
        return
    OUTPUT.write_bytes(table)
    print(f"wrote {OUTPUT}: {len(table)} bytes")


if __name__ == "__main__":
    main()
