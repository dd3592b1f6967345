#!/usr/bin/env python3
"""Prints the table of wide characters of core/python/program.cpp (kWideRanges): the code points
CPython 3.11's traceback printer draws two columns wide (unicodedata.east_asian_width 'W' or
'F', Unicode 14.0 in CPython 3.11), as inclusive ranges. Unassigned code points are left out,
so a range runs on across them; CPython's unicodedata calls them 'F', but they appear in no
source worth printing.

  python3 scripts/gen_wide_chars.py
"""
import sys
import unicodedata

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_wide_chars.py: run it with CPython 3.11 (its Unicode version)")

ranges = []
for cp in range(0x110000):
    char = chr(cp)
    if unicodedata.category(char) == "Cn":
        continue
    if unicodedata.east_asian_width(char) not in "WF":
        continue
    if ranges and all(unicodedata.category(chr(x)) == "Cn" for x in range(ranges[-1][1] + 1, cp)):
        ranges[-1][1] = cp
    else:
        ranges.append([cp, cp])

items = [f"{{0x{a:X}, 0x{b:X}}}," for a, b in ranges]
line = " "
for item in items:
    if len(line) + 1 + len(item) > 100:
        print(line)
        line = " "
    line += " " + item
print(line)
