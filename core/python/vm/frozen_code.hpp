// Frozen code: a module's code objects as bytes made at build time, so that importing it runs
// its code without parsing or compiling its source, as CPython freezes its start-up modules
// (docs/ARCHITECTURE.md, "The frozen prelude"). The source stays for tracebacks: the bytes name
// the text they were compiled from by its hash, and are refused for any other.
#pragma once

#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "vm/code.hpp"

namespace py {

class VM;

// The bytes of `code` (a module's, compiled from `source_text`) and of the code objects among
// its constants. Null when a constant is of a kind the format does not hold (only the literals
// a module's code can have: None, booleans, Ellipsis, ints, floats, complex numbers, str, bytes,
// tuples of these and code; a frozenset constant is refused, its order being its table's).
std::optional<std::string> freeze_code(VM& vm, const Code& code, std::string_view source_text);

// The code frozen from `source`'s text, made in `vm` (strings interned as the compiler interns
// them), its positions pointing into `source`. Null when `bytes` are not frozen code of that text
// in this format: another version of the engine, a stale or cut file.
std::shared_ptr<Code> thaw_code(VM& vm, std::span<const unsigned char> bytes,
                                const std::shared_ptr<const Source>& source);

}  // namespace py
