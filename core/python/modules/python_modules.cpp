// Modules written in Python (the asyncio prelude, itertools, functools, operator, most of random
// and collections), run in their module's namespace on first import: the asyncio prelude, which
// every asyncio program runs, compiled into the engine as text by CMake (cmake/EmbedText.cmake),
// the others read from the library archive (modules/library.hpp); and the natives of the
// built-in types' methods written in Python (modules/library_methods.hpp).
#include "compiler/compiler.hpp"
#include "modules/library.hpp"
#include "modules/library_methods.hpp"
#include "modules/modules.hpp"
#include "parser.hpp"
#include "vm/builtin_types.hpp"
#include "vm/frozen_code.hpp"
#include "vm/interpreter.hpp"

namespace py {

namespace {

// A library module's Source, one per text for the life of the process: its code's positions
// point into it, whether that code was compiled here or thawed (exec_frozen_module).
std::shared_ptr<const Source> module_source(std::string filename, std::string_view text,
                                            bool hidden) {
  static std::vector<std::shared_ptr<const Source>> sources;
  for (const auto& known : sources)
    if (known->text == text && known->filename == filename && known->hidden == hidden) return known;
  std::shared_ptr<Source> source = make_source(std::move(filename), std::string(text));
  source->hidden = hidden;
  return sources.emplace_back(std::move(source));
}

// A library module's syntax tree, kept for the next VM that imports it: a host runs each
// program on a fresh VM, and parsing was half of `import asyncio` (its prelude is 1500 lines).
// The tree holds nothing of a VM.
struct ParsedModule {
  std::shared_ptr<const Source> source;
  std::shared_ptr<const ast::Module> tree;  // null: the error says why
  std::optional<SyntaxErrorInfo> error;
};

ParsedModule parsed_module(std::shared_ptr<const Source> source) {
  static std::vector<ParsedModule> parsed;
  for (const ParsedModule& entry : parsed)
    if (entry.source == source) return entry;
  ParseResult result = parse_module(source->text);
  if (!result.module) return {std::move(source), nullptr, result.error};
  return parsed.emplace_back(ParsedModule{std::move(source), std::move(result.module), {}});
}

}  // namespace

namespace {

// Runs a module's code in its namespace; false if it raised.
bool run_module_code(VM& vm, Module& module, const std::shared_ptr<Code>& code) {
  Frame* frame = new_frame(code.get());
  if (!frame) {
    vm.raise(vm.exc().MemoryError, "");
    return false;
  }
  frame->globals = module.dict;
  frame->locals = module.dict;
  frame->mode = FrameMode::Entry;
  // The frame refers to its code without owning it: `code` keeps it alive while it runs (the
  // module's functions hold it afterwards).
  RunResult result = vm.interpreter().run(frame);
  if (result.status == RunStatus::Returned) return true;
  if (result.status != RunStatus::Raised) {
    vm.interpreter().discard_chain(result.innermost);
    vm.raise(vm.exc().RuntimeError, "module " + VM::str_text(module.name) + " tried to wait");
  }
  return false;
}

}  // namespace

std::shared_ptr<Code> compile_module_source(VM& vm, std::string filename, std::string_view text,
                                            bool hidden) {
  ParsedModule parsed = parsed_module(module_source(std::move(filename), text, hidden));
  if (!parsed.tree) {
    vm.raise(vm.exc().SyntaxError, parsed.error->message);
    return nullptr;
  }
  CompileResult compiled = compile_parsed(vm, parsed.source, *parsed.tree, {});
  if (!compiled.code) vm.raise(vm.exc().SyntaxError, compiled.error->message);
  return compiled.code;
}

bool exec_module_source(VM& vm, Module& module, std::string filename, std::string_view text,
                        bool hidden) {
  std::shared_ptr<Code> code = compile_module_source(vm, std::move(filename), text, hidden);
  return code && run_module_code(vm, module, code);
}

bool exec_frozen_module(VM& vm, Module& module, std::string filename, std::string_view text,
                        std::span<const unsigned char> frozen) {
  if (!frozen.empty()) {
    if (std::shared_ptr<Code> code = thaw_code(vm, frozen, module_source(filename, text, false)))
      return run_module_code(vm, module, code);
  }
  return exec_module_source(vm, module, std::move(filename), text);
}

// The archive is a sequence of modules, each a header line "<name> <byte length>" and its text
// (cmake/PackLibrary.cmake). A malformed archive (a host serving something else) holds nothing.
std::string_view library_module_source(std::string_view name) {
  std::span<const unsigned char> bytes = library_archive();
  std::string_view archive(reinterpret_cast<const char*>(bytes.data()), bytes.size());
  while (!archive.empty()) {
    std::size_t space = archive.find(' ');
    std::size_t newline = archive.find('\n');
    if (space == std::string_view::npos || newline == std::string_view::npos || newline < space)
      return {};
    std::string_view module_name = archive.substr(0, space);
    std::string_view length_text = archive.substr(space + 1, newline - space - 1);
    std::size_t length = 0;
    for (char digit : length_text) {
      if (digit < '0' || digit > '9' || length > archive.size()) return {};
      length = length * 10 + static_cast<std::size_t>(digit - '0');
    }
    archive.remove_prefix(newline + 1);
    if (length_text.empty() || length > archive.size()) return {};
    if (module_name == name) return archive.substr(0, length);
    archive.remove_prefix(length);
  }
  return {};
}

bool exec_library_module(VM& vm, Module& module, std::string_view name) {
  std::string_view text = library_module_source(name);
  if (text.empty()) {
    vm.raise(vm.exc().ImportError, "cannot load module '" + std::string(name) +
                                       "': the engine's library file is not available");
    return false;
  }
  return exec_module_source(vm, module, "<frozen " + std::string(name) + ">", text, true);
}

// A module that is all Python from the archive, named as its archive entry.
bool init_library_module(VM& vm, Module& module) {
  return exec_library_module(vm, module, VM::str_text(module.name));
}

}  // namespace py

namespace py {

namespace {

// Per LibraryMethod, the function's name in `_builtin_methods`: "<type name>_<method name>".
// Self needs no check here: VM::call checks the receiver of a method read from its class.
constexpr const char* kLibraryMethods[] = {
    "str_zfill",
    "str_expandtabs",
    "str_partition",
    "str_rpartition",
    "str_splitlines",
    "str_translate",
    "str_maketrans",
    "str_encode",
    "int_to_bytes",
    "int_from_bytes",
    "float_hex",
    "float_fromhex",
    "namedtuple__replace",
    "SyntaxError___init__",
    "SyntaxError___str__",
    "complex_from_string",
    // From kBytesMethods: bytes' methods, each registered under the name after "bytes_".
    "bytes_capitalize",
    "bytes_center",
    "bytes_count",
    "bytes_decode",
    "bytes_endswith",
    "bytes_expandtabs",
    "bytes_find",
    "bytes_fromhex",
    "bytes_hex",
    "bytes_index",
    "bytes_isalnum",
    "bytes_isalpha",
    "bytes_isascii",
    "bytes_isdigit",
    "bytes_islower",
    "bytes_isspace",
    "bytes_istitle",
    "bytes_isupper",
    "bytes_join",
    "bytes_ljust",
    "bytes_lower",
    "bytes_lstrip",
    "bytes_maketrans",
    "bytes_partition",
    "bytes_removeprefix",
    "bytes_removesuffix",
    "bytes_replace",
    "bytes_rfind",
    "bytes_rindex",
    "bytes_rjust",
    "bytes_rpartition",
    "bytes_rsplit",
    "bytes_rstrip",
    "bytes_split",
    "bytes_splitlines",
    "bytes_startswith",
    "bytes_strip",
    "bytes_swapcase",
    "bytes_title",
    "bytes_translate",
    "bytes_upper",
    "bytes_zfill",
};
constexpr std::size_t kLibraryMethodCount = std::size(kLibraryMethods);
static_assert(std::string_view(kLibraryMethods[kNamedtupleReplace]) == "namedtuple__replace");
static_assert(std::string_view(kLibraryMethods[kBytesMethods]) == "bytes_capitalize");

constexpr std::size_t library_index(std::string_view name) {
  std::size_t i = 0;
  while (kLibraryMethods[i] != name) ++i;
  return i;
}
constexpr std::size_t kBytesFromhex = library_index("bytes_fromhex");      // a classmethod
constexpr std::size_t kBytesMaketrans = library_index("bytes_maketrans");  // a static method

// The module's functions, found on first use.
struct LibraryMethods : VM::ModuleState {
  // The module is in no sys.modules, whose clearing frees the others' cycles (its functions
  // hold its namespace as their globals): its namespace is emptied here.
  ~LibraryMethods() override {
    if (VM* vm = VM::current(); vm && module) vm->dict_clear(*module.as<Module>()->dict.as<Dict>());
  }
  Value module;
  Value functions[kLibraryMethodCount];
};

}  // namespace

Value call_library_method(VM& vm, LibraryMethod method, const CallArgs& args) {
  Value& function = modules::module_state<LibraryMethods>(vm).functions[method];
  if (!function) {
    // Run the module (again, if the archive was missing before) and keep its functions: the
    // module is in no sys.modules, as CPython's C code is in none.
    Value module = vm.make_module("_builtin_methods");
    if (!exec_library_module(vm, *module.as<Module>(), "_builtin_methods")) return {};
    Dict& dict = *module.as<Module>()->dict.as<Dict>();
    modules::module_state<LibraryMethods>(vm).module = module;
    Value* functions = modules::module_state<LibraryMethods>(vm).functions;
    for (std::size_t i = 0; i < kLibraryMethodCount; ++i) {
      functions[i] = vm.dict_get_item(dict, kLibraryMethods[i]);
    }
    if (!function) return vm.raise(vm.exc().ImportError, "_builtin_methods is incomplete");
  }
  return vm.call(function, args);
}

// The native of each of bytes' methods: the function it calls is the one at its `data`.
static Value bytes_method(VM& vm, CallArgs args) {
  auto method = static_cast<LibraryMethod>(vm.native_called->data.small_value());
  return call_library_method(vm, method, args);
}

void install_bytes_methods(VM& vm) {
  Type* bytes = vm.type(kBytesType);
  for (std::size_t i = kBytesMethods; i < kLibraryMethodCount; ++i) {
    std::string_view name = kLibraryMethods[i] + 6;  // after "bytes_"
    if (i == kBytesFromhex) {
      vm.add_classmethod(bytes, name, bytes_method);
    } else if (i == kBytesMaketrans) {
      vm.add_static(bytes, name, bytes_method);
    } else {
      vm.add_method(bytes, name, bytes_method);
    }
    Value entry = vm.dict_get_item(*bytes->dict.as<Dict>(), name);
    if (i == kBytesFromhex) entry = entry.as<ClassMethod>()->function;
    if (i == kBytesMaketrans) entry = entry.as<StaticMethod>()->function;
    entry.as<NativeFunction>()->data = Value::small(static_cast<std::int64_t>(i));
  }
}

namespace modules {

bool method_arity_error(VM& vm, const CallArgs& args, std::string_view name, std::size_t min,
                        std::size_t max) {
  if (args.nargs == 0) {
    vm.type_error("unbound method " + std::string(name) + "() needs an argument");
    return false;
  }
  return arity_error(vm, after_self(args), name, min, max);
}

}  // namespace modules

}  // namespace py
