// The library archive: modules written in Python that a program runs only when it imports them
// (contextlib, functools, itertools, operator, types, collections' and random's Python halves)
// or calls one of the rarely used methods of the built-in types (_builtin_methods,
// modules/library_methods.hpp), packed into one file by cmake/PackLibrary.cmake.
// The native engine links the archive in; the wasm engine leaves it out of its binary and asks
// its host for the file on the first such import (wasm/bindings.cpp), which keeps the download
// a page needs before it can run anything smaller.
#pragma once

#include <span>
#include <string_view>

namespace py {

// The archive's bytes, defined by the build (see above); an empty span when the host could not
// provide them.
std::span<const unsigned char> library_archive();

// The asyncio prelude's frozen code (vm/frozen_code.hpp), defined by the build like the archive:
// the native engine links in what `attendable_freeze` (cli/freeze.cpp) made; the wasm engine asks
// its host for attendable_asyncio.bin, which the node CLI serves and the page does not. An empty
// span when there is none: the prelude is then compiled from its text.
std::span<const unsigned char> frozen_asyncio_prelude();

// The text of library module `name`, or an empty view when the archive does not hold it or is
// not available.
std::string_view library_module_source(std::string_view name);

}  // namespace py
