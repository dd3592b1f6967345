// The Unicode character names of `\N{...}` escapes, for a subset of Unicode (the blocks listed in
// scripts/gen_unicode_names.py): the whole name database would not fit the wasm engine's size
// budget.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace py {

// The code point named `name` (any case, as CPython; aliases such as "NBSP" too); false when
// the name is unknown or outside the subset, or when the name table is not available.
bool lookup_unicode_name(std::string_view name, std::uint32_t& code_point);

// The name table, core/python/unicode_names.bin (its format: scripts/gen_unicode_names.py),
// asked for only when a name is looked up. Defined by the build: natively the file is linked in
// (cmake/EmbedBinary.cmake); the wasm engine loads it from its host on first use
// (wasm/bindings.cpp), and gets an empty span when the host cannot.
std::span<const unsigned char> unicode_names_table();

}  // namespace py
