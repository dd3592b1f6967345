// Methods of the built-in types written in Python, in the library archive's module
// `_builtin_methods` (modules/library.hpp, docs/ARCHITECTURE.md "The wasm engine's size").
#pragma once

#include <cstdint>

#include "vm/vm.hpp"

namespace py {

// Methods of the built-in types written in Python: the archive module `_builtin_methods` defines
// each as the function <type>_<method> (str_zfill), taking self and the method's arguments.
// The type's dict keeps a native of the method's name, library_method<...>, so that the method
// is still built-in from the outside (its repr, __qualname__, help, the descriptor's self
// check); the native imports the module once per VM (an ImportError when the wasm engine's host
// cannot serve the archive) and calls the function. For methods a program rarely calls: the
// call goes through the interpreter. The order of kLibraryMethods in python_modules.cpp.
enum LibraryMethod : std::uint8_t {
  kStrZfill,
  kStrExpandtabs,
  kStrPartition,
  kStrRpartition,
  kStrSplitlines,
  kStrTranslate,
  kStrMaketrans,  // a static method: no self
  kStrEncode,
  kIntToBytes,
  kIntFromBytes,  // a classmethod: self is the class
  kFloatHex,
  kFloatFromhex,       // a classmethod
  kNamedtupleReplace,  // self is checked by the function
  kSyntaxErrorInit,
  kSyntaxErrorStr,
  kComplexFromString,  // complex(str): a helper of the constructor, (cls, text)
  // The first of bytes' methods (decode and all but the operators): the last names of
  // kLibraryMethods, which install_bytes_methods reads. Their natives are one function, which
  // finds its method's index in its NativeFunction's `data` (VM::native_called): each
  // method costs its name only.
  kBytesMethods,
};

// args by reference: each instantiation below then only passes its pointer on.
Value call_library_method(VM& vm, LibraryMethod method, const CallArgs& args);

// Puts bytes' methods written in Python into its dict: fromhex a classmethod, maketrans a static
// method, the others methods.
void install_bytes_methods(VM& vm);

template <LibraryMethod method>
Value library_method(VM& vm, CallArgs args) {
  return call_library_method(vm, method, args);
}

}  // namespace py
