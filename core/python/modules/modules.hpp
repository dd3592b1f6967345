// The standard-library modules: math and parts of collections (_collections) and random written
// in C++ (the rest of those two is Python from the library archive: collections.py imports
// _collections, random's init runs random.py with exec_library_module); itertools, functools
// and operator entirely in Python (python_modules.cpp). Each is a
// VM::ModuleInit the VM registers (vm.register_module("math", init_math)...); it fills the
// module's dict and returns false if it raised.
//
// Their classes are built-in types made with VM::new_builtin_type; their instances are C++
// structs deriving from the object model's (a deque is a DequeObject : Object), so each type's
// __new__ makes the right struct, also for Python subclasses (it receives the class).
#pragma once

#include <optional>
#include <span>

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "vm/vm.hpp"

namespace py {

bool init_math(VM& vm, Module& module);
bool init_native_collections(VM& vm, Module& module);  // _collections
bool init_collections(VM& vm, Module& module);
bool init_random(VM& vm, Module& module);
// The modules that are all Python from the library archive (functools, itertools, operator,
// types, contextlib, heapq, bisect, string): runs the archive entry of the module's name.
bool init_library_module(VM& vm, Module& module);
bool init_sys(VM& vm, Module& module);   // builtins_module.cpp
// `import builtins`: the module whose namespace is the VM's builtins dict.
bool init_builtins(VM& vm, Module& module);          // builtins_module.cpp
bool init_traceback_native(VM& vm, Module& module);  // builtins_module.cpp: _traceback
bool init_time(VM& vm, Module& module);  // builtins_module.cpp
// asyncio_module.cpp: _contextvars, the VM's current context for contextvars.py
bool init_contextvars_native(VM& vm, Module& module);

// Runs Python source as the body of `module` (modules written in Python); false if it raised.
// `hidden`: the frames of its code never appear in tracebacks (Source::hidden), for the parts
// of modules CPython writes in C.
bool exec_module_source(VM& vm, Module& module, std::string filename, std::string_view text,
                        bool hidden = false);

// The code of a module written in Python, compiled from `text` (its syntax tree kept for the
// next VM); null with a SyntaxError pending when it does not compile.
std::shared_ptr<Code> compile_module_source(VM& vm, std::string filename, std::string_view text,
                                            bool hidden = false);

// Runs `frozen`, the code freeze_code() made of `text` (vm/frozen_code.hpp), as the body of
// `module`; when they are not that (none, stale, cut), compiles `text` as exec_module_source().
bool exec_frozen_module(VM& vm, Module& module, std::string filename, std::string_view text,
                        std::span<const unsigned char> frozen);

// The asyncio prelude's code frozen, for the build (cli/freeze.cpp, wasm/freeze.mjs); nullopt
// with a SyntaxError pending when it does not compile, without one when it does not freeze.
std::optional<std::string> freeze_asyncio_prelude(VM& vm);

// Runs library module `name`'s Python text (modules/library.hpp) as the body of `module`, its
// frames hidden, under the file name "<frozen name>"; raises ImportError if the archive is not
// available (the wasm engine's host could not provide it).
bool exec_library_module(VM& vm, Module& module, std::string_view name);

// A namedtuple class made from C++ (sys.version_info-like records for the VM): the class
// collections.namedtuple(name, fields, defaults=defaults, module=module) makes.
// Field names must be valid; the last defaults.size() fields get the defaults.
Type* make_namedtuple_type(VM& vm, std::string_view name, const std::vector<std::string>& fields,
                           std::string_view module, std::vector<Value> defaults = {});
// An instance of such a class (or of any tuple subclass) holding `items`.
Value make_namedtuple(Type* type, std::vector<Value> items);

// ---- Helpers shared by the module files --------------------------------------------------------
namespace modules {

// A module's state in `vm` (VM::ModuleState), made empty on first use: a VM's natives only run
// after its module init has filled it.
template <class State>
State& module_state(const VM& vm) {
  static_assert(std::is_base_of_v<VM::ModuleState, State>);
  static constexpr char key = 0;  // its address identifies State
  VM::ModuleState* state = vm.find_module_state(&key);
  if (!state) state = &vm.add_module_state(&key, std::make_unique<State>());
  return static_cast<State&>(*state);
}

// The arguments after self, for natives registered with add_method.
inline CallArgs after_self(const CallArgs& args) {
  return {args.args + 1, args.nargs - 1, args.kwvalues, args.kwnames, args.nkw};
}

// A method's arguments after self: min..max positionals and no keywords, with CPython's
// messages ("deque.append() takes exactly one argument (0 given)"). False when it raised.
[[gnu::cold]] bool method_arity_error(VM& vm, const CallArgs& args, std::string_view name,
                                      std::size_t min, std::size_t max);
inline bool arity(VM& vm, const CallArgs& args, std::string_view name, std::size_t min,
                  std::size_t max) {
  if (args.nkw == 0 && args.nargs > min && args.nargs - 1 <= max) [[likely]]
    return true;
  return method_arity_error(vm, args, name, min, max);
}

inline bool add_function(VM& vm, Module& module, std::string_view name, NativeFn fn) {
  return vm.dict_set_item(*module.dict.as<Dict>(), name, vm.make_native(std::string(name), fn));
}

inline bool add_value(VM& vm, Module& module, std::string_view name, Value value) {
  return vm.dict_set_item(*module.dict.as<Dict>(), name, std::move(value));
}

// Py_ReprEnter / Py_ReprLeave: while an object's repr is being built, a nested repr of the same
// object is `recursive()`, and shows "[...]" or "..." instead of recursing forever.
class ReprGuard {
 public:
  explicit ReprGuard(const Object* object) : object_(object) {
    auto& active = objects();
    recursive_ = std::find(active.begin(), active.end(), object) != active.end();
    if (!recursive_) active.push_back(object);
  }
  ~ReprGuard() {
    if (recursive_) return;
    auto& active = objects();
    active.erase(std::find(active.begin(), active.end(), object_));
  }
  ReprGuard(const ReprGuard&) = delete;
  ReprGuard& operator=(const ReprGuard&) = delete;
  bool recursive() const { return recursive_; }

 private:
  static std::vector<const Object*>& objects() {
    thread_local std::vector<const Object*> active;
    return active;
  }
  const Object* object_;
  bool recursive_ = false;
};

}  // namespace modules
}  // namespace py
