// The builtins module (print, len, sorted, isinstance, the built-in classes and exceptions...),
// and the sys and time modules, with CPython 3.11's behaviour and messages.
//
// CPython parses the arguments of its built-in functions in several ways, each with its own
// error messages, and a program's output shows them; each helper here is one of those ways:
//   - check_arity (vm.hpp): METH_O / METH_NOARGS ("len() takes exactly one argument (2 given)")
//     and _PyArg_CheckPositional ("getattr expected at least 2 arguments, got 1");
//   - check_positional: _PyArg_CheckPositional where check_arity would say "exactly one"
//     ("reversed expected 1 argument, got 2");
//   - parse_arguments: Argument Clinic and PyArg_ParseTupleAndKeywords ("pow() missing
//     required argument 'exp' (pos 2)", "'x' is an invalid keyword argument for round()");
//   - tuple_arity: PyArg_ParseTuple ("gmtime() takes at most 1 argument (2 given)").
//
// enumerate, zip, map, filter and reversed are classes, as in CPython: built-in types of
// Layout::Iterator whose instances are IteratorObjects of the matching IterKind (see
// builtins_NOTES.md for the slots each kind uses).
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstring>
#include <ctime>
#include <limits>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "compiler/compiler.hpp"
#include "modules/asyncio.hpp"
#include "modules/modules.hpp"
#include "objects/complex.hpp"
#include "objects/container_methods.hpp"
#include "objects/numbers.hpp"
#include "objects/str_methods.hpp"
#include "program.hpp"
#include "vm/builtin_types.hpp"
#include "vm/interpreter.hpp"
#include "vm/runtime_support.hpp"

namespace py {
namespace {

using modules::after_self;

std::string plural(std::size_t n) { return n == 1 ? "" : "s"; }

std::string type_name_of(VM& vm, const Value& v) { return std::string(vm.type_name(v)); }

// ---- Argument parsing ------------------------------------------------------------------------

// _PyArg_CheckPositional: "reversed expected 1 argument, got 2".
bool check_positional(VM& vm, std::string_view function, std::size_t nargs, std::size_t min,
                      std::size_t max) {
  if (nargs >= min && nargs <= max) return true;
  const std::size_t bound = nargs < min ? min : max;
  const char* quantifier = min == max ? "" : (nargs < min ? "at least " : "at most ");
  vm.type_error(std::string(function) + " expected " + quantifier + std::to_string(bound) +
                " argument" + plural(bound) + ", got " + std::to_string(nargs));
  return false;
}

// PyArg_ParseTuple's count check, for functions taking no keywords.
bool tuple_arity(VM& vm, const CallArgs& args, std::string_view function, std::size_t min,
                 std::size_t max) {
  if (!no_keywords(vm, args, function)) return false;
  if (args.nargs >= min && args.nargs <= max) return true;
  const bool too_few = args.nargs < min;
  const std::size_t bound = too_few ? min : max;
  const char* quantifier = min == max ? "exactly" : (too_few ? "at least" : "at most");
  vm.type_error(std::string(function) + "() takes " + quantifier + " " + std::to_string(bound) +
                " argument" + plural(bound) + " (" + std::to_string(args.nargs) + " given)");
  return false;
}

// The keyword arguments alone, for functions whose positionals are *args.
CallArgs keywords_of(const CallArgs& args) {
  CallArgs keywords = args;
  keywords.args = nullptr;
  keywords.nargs = 0;
  return keywords;
}

// ---- Conversions -----------------------------------------------------------------------------

// A dunder of v's class that replaces the built-in behaviour: one a user class or a module's
// type defines, not a native of the core built-in types. Null when there is none.
Value overriding_dunder(VM& vm, const Value& v, std::string_view name) {
  Type* type = vm.type_of(v);
  if (!type->heap && type->module == "builtins") return {};
  Value method = vm.lookup_in_type(type, name);
  if (method.is_object() && method.object()->user_tag() == kBuiltinFunctionType) {
    const Type* owner = method.as<NativeFunction>()->owner;
    if (owner && !owner->heap && owner->module == "builtins") return {};
  }
  return method;
}

// operator.index(v) as a BigInt: an int, or what the class's __index__ returns.
bool index_value(VM& vm, const Value& v, num::BigInt& out) {
  if (vm.is_int(v)) {
    out = vm.to_bigint(v);
    return true;
  }
  Value method = vm.lookup_in_type(vm.type_of(v), "__index__");
  if (!method) {
    vm.type_error("'" + type_name_of(vm, v) + "' object cannot be interpreted as an integer");
    return false;
  }
  Value result = vm.call(method, {v});
  if (!result) return false;
  if (!vm.is_int(result)) {
    vm.type_error("__index__ returned non-int (type " + type_name_of(vm, result) + ")");
    return false;
  }
  out = vm.to_bigint(result);
  return true;
}

// An argument converted to a C int: by PyLong_AsInt (chr, setrecursionlimit), or by the 'i'
// format of PyArg_ParseTuple (time tuples), whose overflow messages differ.
bool c_int_argument(VM& vm, const Value& v, int& out, bool tuple_format = false) {
  std::int64_t n;
  if (v.is_small()) {
    n = v.small_value();
  } else {
    num::BigInt big;
    if (!index_value(vm, v, big)) return false;
    if (!big.fits_int64()) {
      vm.raise(vm.exc().OverflowError, tuple_format ? "Python int too large to convert to C long"
                                                    : "Python int too large to convert to C int");
      return false;
    }
    n = big.to_int64();
  }
  if (n > INT_MAX || n < INT_MIN) {
    const char* message = !tuple_format ? "Python int too large to convert to C int"
                          : n > INT_MAX ? "signed integer is greater than maximum"
                                        : "signed integer is less than minimum";
    vm.raise(vm.exc().OverflowError, message);
    return false;
  }
  out = static_cast<int>(n);
  return true;
}

// Raises an exception instance, chained to the one being handled as a `raise` statement does.
Value raise_instance(VM& vm, Value exception) {
  const Value& handled = vm.interpreter().handled_exception;
  if (handled && !handled.is(exception)) vm.as_exception(exception)->context = handled;
  return vm.raise(std::move(exception));
}

std::string utf8_encode(std::uint32_t c) {
  std::string out;
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
  return out;
}

std::uint32_t utf8_first_code_point(const std::string& text) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return lead;
  if (lead < 0xE0) return ((lead & 0x1F) << 6) | (byte(1) & 0x3F);
  if (lead < 0xF0) return ((lead & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
  return ((lead & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
         (byte(3) & 0x3F);
}

bool is_type_object(VM& vm, const Value& v) {
  return v.is_object() && vm.type_of(v)->layout == Layout::Type;
}

bool is_tuple(VM& vm, const Value& v) {
  return v.is_object() && vm.type_of(v)->layout == Layout::Tuple;
}

// The keys of a dict as a sorted list (dir()).
Value sorted_keys(VM& vm, const Dict& dict) {
  std::vector<Value> names;
  for (const DictEntry& entry : dict.entries) {
    if (entry.key) names.push_back(entry.key);
  }
  Value list = vm.make_list(std::move(names));
  if (!list_sort(vm, *list.as<List>(), Value(), false)) return {};
  return list;
}

// ---- Standard streams ------------------------------------------------------------------------

// sys.stdout and sys.stderr: _io.TextIOWrapper look-alikes writing to the host. They exist from
// VM start, so print() works before any `import sys`.
struct Streams : VM::ModuleState {
  Type* type = nullptr;
  Value out, err;
};

Streams& streams_of(const VM& vm) { return modules::module_state<Streams>(vm); }

void write_to_host(VM& vm, const Value& stream, std::string_view text) {
  if (text.empty()) return;
  if (stream.is(streams_of(vm).err)) {
    vm.host().write_stderr(text);
  } else {
    vm.host().write_stdout(text);
  }
}

Value stream_write(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "TextIOWrapper.write", 1, 1)) return {};
  const Value& text = args[1];
  if (!vm.is_str(text)) {
    return vm.type_error("write() argument must be str, not " + type_name_of(vm, text));
  }
  write_to_host(vm, args[0], VM::str_text(text));
  return vm.make_int(text.as<Str>()->length);
}

Value stream_writelines(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "_IOBase.writelines", 1, 1)) return {};
  const Value& stream = args[0];
  bool ok = vm.for_each(args[1], [&](Value line) {
    if (!vm.is_str(line)) {
      vm.type_error("write() argument must be str, not " + type_name_of(vm, line));
      return false;
    }
    write_to_host(vm, stream, VM::str_text(line));
    return true;
  });
  return ok ? vm.none() : Value();
}

Value stream_flush(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "TextIOWrapper.flush", 0, 0)) return {};
  return vm.none();
}

Value stream_isatty(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "TextIOWrapper.isatty", 0, 0)) return {};
  return vm.false_value();
}

Value stream_repr(VM& vm, CallArgs args) {
  const char* name = args[0].is(streams_of(vm).err) ? "<stderr>" : "<stdout>";
  return vm.make_str("<_io.TextIOWrapper name='" + std::string(name) +
                     "' mode='w' encoding='utf-8'>");
}

Value make_stream(VM& vm, Type* type, std::string_view name) {
  Value stream = vm.make_instance(type);
  Value dict = vm.make_dict();
  vm.dict_set_item(*dict.as<Dict>(), "name", vm.make_str(name));
  vm.dict_set_item(*dict.as<Dict>(), "mode", vm.make_str(std::string_view("w")));
  vm.dict_set_item(*dict.as<Dict>(), "encoding", vm.make_str(std::string_view("utf-8")));
  stream.as<Instance>()->dict = std::move(dict);
  return stream;
}

void make_streams(VM& vm) {
  Streams& streams = streams_of(vm);
  streams.type = vm.new_builtin_type("TextIOWrapper", vm.type(kObjectType), Layout::Object, "_io");
  streams.type->heap = true;  // its __repr__ is found like a class's
  vm.add_method(streams.type, "write", stream_write);
  vm.add_method(streams.type, "writelines", stream_writelines);
  vm.add_method(streams.type, "flush", stream_flush);
  vm.add_method(streams.type, "isatty", stream_isatty);
  vm.add_method(streams.type, "__repr__", stream_repr);
  streams.out = make_stream(vm, streams.type, "<stdout>");
  streams.err = make_stream(vm, streams.type, "<stderr>");
}

// sys.stdout or sys.stderr as print() finds it: the sys module's attribute once sys has been
// imported (a program may have replaced it), else the VM's own stream.
Value current_stream(VM& vm, std::string_view name, const Value& fallback) {
  Value sys;
  if (!vm.sys_modules() ||
      vm.dict_get_str(*vm.sys_modules().as<Dict>(), vm.intern("sys"), sys) != 1 ||
      vm.type_index(sys) != kModuleType) {
    return fallback;
  }
  Value stream = vm.dict_get_item(*sys.as<Module>()->dict.as<Dict>(), name);
  if (!stream) return vm.raise(vm.exc().RuntimeError, "lost sys." + std::string(name));
  return stream;
}

// ---- exit and quit ---------------------------------------------------------------------------

// site's Quitter objects: repr() tells how to leave, calling one raises SystemExit(code).
Value quitter_repr(VM& vm, CallArgs args) {
  Value name = vm.get_attr(args[0], "name");
  if (!name) return {};
  auto text = vm.str_text_of(name);
  if (!text) return {};
  return vm.make_str("Use " + *text + "() or Ctrl-D (i.e. EOF) to exit");
}

Value quitter_call(VM& vm, CallArgs args) {
  const CallArgs rest = after_self(args);
  const std::string function = "Quitter.__call__()";
  if (rest.nargs > 1) {
    return vm.type_error(function + " takes from 1 to 2 positional arguments but " +
                         std::to_string(rest.nargs + 1) + " were given");
  }
  Value code = rest.nargs ? rest[0] : vm.none();
  for (std::uint32_t k = 0; k < rest.nkw; ++k) {
    const std::string& key = VM::str_text(rest.kwnames[k]);
    if (key != "code") {
      return vm.type_error(function + " got an unexpected keyword argument '" + key + "'");
    }
    if (rest.nargs) {
      return vm.type_error(function + " got multiple values for argument 'code'");
    }
    code = rest.kwvalues[k];
  }
  return raise_instance(vm, vm.new_exception(vm.exc().SystemExit, {code}));
}

Value make_quitter(VM& vm, Type* type, std::string_view name) {
  Value quitter = vm.make_instance(type);
  Value dict = vm.make_dict();
  vm.dict_set_item(*dict.as<Dict>(), "name", vm.make_str(name));
  vm.dict_set_item(*dict.as<Dict>(), "eof", vm.make_str(std::string_view("Ctrl-D (i.e. EOF)")));
  quitter.as<Instance>()->dict = std::move(dict);
  return quitter;
}

// ---- The lazy iterator classes: enumerate, zip, map, filter, reversed ------------------------

// A new iterator of class `cls` (the class __new__ received: enumerate or a subclass).
Value new_iterator(VM& vm, const Value& cls, IterKind kind, Value source) {
  Value it = vm.make_iterator(kind, std::move(source));
  it.object()->set_user_tag(cls.as<Type>()->index);
  return it;
}

// enumerate() counting from beyond int64: the count is a Python int.
struct BigEnumerate : IteratorObject {
  Value count;
};

Value big_enumerate_next(VM& vm, CallArgs args) {
  auto* it = args[0].as<BigEnumerate>();
  Value item = vm.next(it->source);
  if (!item) return {};
  Value index = it->count;
  Value following = vm.binary_op(index, Value::small(1), kAdd);
  if (!following) return {};
  it->count = std::move(following);
  return vm.make_tuple({std::move(index), std::move(item)});
}

// enumerate(iterable, start=0), its arguments parsed as CPython's enum_vectorcall does.
Value enumerate_new(VM& vm, CallArgs args) {
  const Value& cls = args[0];
  const CallArgs rest = after_self(args);
  const std::size_t total = rest.nargs + rest.nkw;
  std::vector<Value> values(rest.args, rest.args + rest.nargs);
  values.insert(values.end(), rest.kwvalues, rest.kwvalues + rest.nkw);
  auto keyword_is = [&](std::size_t k, std::string_view name) {
    const std::string& key = VM::str_text(rest.kwnames[k]);
    if (key == name) return true;
    vm.type_error("'" + key + "' is an invalid keyword argument for enumerate()");
    return false;
  };
  if (total == 2) {
    if (rest.nkw == 1 && !keyword_is(0, "start")) return {};
    if (rest.nkw == 2) {
      if (VM::str_text(rest.kwnames[0]) == "start") {
        if (!keyword_is(1, "iterable")) return {};
        std::swap(values[0], values[1]);
      } else if (!keyword_is(0, "iterable") || !keyword_is(1, "start")) {
        return {};
      }
    }
  } else if (total == 1) {
    if (rest.nkw == 1 && !keyword_is(0, "iterable")) return {};
  } else if (rest.nargs == 0) {
    return vm.type_error("enumerate() missing required argument 'iterable'");
  } else {
    return vm.type_error("enumerate() takes at most 2 arguments (" + std::to_string(total) +
                         " given)");
  }
  Value source = vm.iter(values[0]);
  if (!source) return {};
  std::int64_t start = 0;
  if (total == 2) {
    num::BigInt first;
    if (!index_value(vm, values[1], first)) return {};
    if (!first.fits_int64()) {
      auto* it = new BigEnumerate();
      it->set_user_tag(cls.as<Type>()->index);
      it->kind = IterKind::Native;
      it->next_fn = big_enumerate_next;
      it->source = std::move(source);
      it->count = vm.make_int(std::move(first));
      return Value(it);
    }
    start = first.to_int64();
  }
  Value it = new_iterator(vm, cls, IterKind::Enumerate, std::move(source));
  it.as<IteratorObject>()->position = start;
  return it;
}

// zip(..., strict=True): CPython's zip_next with its "shorter"/"longer" checks.
Value strict_zip_next(VM& vm, CallArgs args) {
  auto* zip = args[0].as<IteratorObject>();
  const std::size_t count = zip->sources.size();
  if (count == 0) return {};
  std::vector<Value> items;
  items.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    Value item = vm.next(zip->sources[i]);
    if (item) {
      items.push_back(std::move(item));
      continue;
    }
    if (vm.has_pending_exception()) return {};
    auto message = [](const char* what, std::size_t index) {
      return "zip() argument " + std::to_string(index + 1) + " is " + what + " than argument" +
             (index == 1 ? " " : "s 1-") + std::to_string(index);
    };
    if (i > 0) return vm.value_error(message("shorter", i));
    // The first iterable is exhausted: every other one must be too.
    for (std::size_t j = 1; j < count; ++j) {
      Value extra = vm.next(zip->sources[j]);
      if (extra) return vm.value_error(message("longer", j));
      if (vm.has_pending_exception()) return {};
    }
    return {};
  }
  return vm.make_tuple(std::move(items));
}

Value zip_new(VM& vm, CallArgs args) {
  const CallArgs rest = after_self(args);
  Value strict_argument;
  if (!bind_clinic_args(vm, keywords_of(rest), "zip", {"strict"}, 0, 0, 0, &strict_argument)) {
    return {};
  }
  bool strict = false;
  if (strict_argument) {
    int truth = vm.truthy(strict_argument);
    if (truth < 0) return {};
    strict = truth;
  }
  std::vector<Value> sources;
  for (std::uint32_t i = 0; i < rest.nargs; ++i) {
    Value source = vm.iter(rest[i]);
    if (!source) return {};
    sources.push_back(std::move(source));
  }
  Value it = new_iterator(vm, args[0], strict ? IterKind::Native : IterKind::Zip, Value());
  auto* zip = it.as<IteratorObject>();
  zip->sources = std::move(sources);
  if (strict) zip->next_fn = strict_zip_next;
  return it;
}

Value map_new(VM& vm, CallArgs args) {
  const CallArgs rest = after_self(args);
  if (!no_keywords(vm, rest, "map")) return {};
  if (rest.nargs < 2) return vm.type_error("map() must have at least two arguments.");
  std::vector<Value> sources;
  for (std::uint32_t i = 1; i < rest.nargs; ++i) {
    Value source = vm.iter(rest[i]);
    if (!source) return {};
    sources.push_back(std::move(source));
  }
  Value it = new_iterator(vm, args[0], IterKind::Map, Value());
  auto* map = it.as<IteratorObject>();
  map->function = rest[0];
  map->sources = std::move(sources);
  return it;
}

Value filter_new(VM& vm, CallArgs args) {
  const CallArgs rest = after_self(args);
  if (!check_arity(vm, rest, "filter", 2, 2)) return {};
  Value source = vm.iter(rest[1]);
  if (!source) return {};
  Value it = new_iterator(vm, args[0], IterKind::Filter, std::move(source));
  it.as<IteratorObject>()->function = rest[0];
  return it;
}

// reversed(range(...)): an iterator over the range stepping the other way, or null when the
// bounds do not fit int64 (the caller then iterates by index).
Value reversed_range(VM& vm, const RangeObject& range) {
  const __int128 start = range.start, stop = range.stop, step = range.step;
  __int128 length = 0;
  if (step > 0 && start < stop) length = (stop - start - 1) / step + 1;
  if (step < 0 && start > stop) length = (start - stop - 1) / -step + 1;
  if (length == 0) return vm.iter(vm.make_range(0, 0, 1));
  const __int128 last = start + (length - 1) * step;
  const __int128 new_stop = start - step;
  constexpr __int128 kMin = std::numeric_limits<std::int64_t>::min();
  constexpr __int128 kMax = std::numeric_limits<std::int64_t>::max();
  if (new_stop < kMin || new_stop > kMax || -step > kMax) return {};
  return vm.iter(vm.make_range(static_cast<std::int64_t>(last),
                               static_cast<std::int64_t>(new_stop),
                               static_cast<std::int64_t>(-step)));
}

Value reversed_new(VM& vm, CallArgs args) {
  const CallArgs rest = after_self(args);
  if (!no_keywords(vm, rest, "reversed") || !check_positional(vm, "reversed", rest.nargs, 1, 1)) {
    return {};
  }
  const Value& sequence = rest[0];
  Type* type = vm.type_of(sequence);
  auto not_reversible = [&] {
    return vm.type_error("'" + type->name + "' object is not reversible");
  };
  if (type->heap || type->module != "builtins") {
    if (Value method = vm.lookup_in_type(type, "__reversed__")) {
      if (vm.is_none(method)) return not_reversible();
      return vm.call(method, {sequence});
    }
  }
  const std::uint32_t index = vm.type_index(sequence);
  if (type->layout == Layout::Range) {
    if (Value it = reversed_range(vm, *sequence.as<RangeObject>())) return it;
    if (vm.has_pending_exception()) return {};
  } else if (type->layout == Layout::Dict || index == kDictKeysType ||
             index == kDictValuesType || index == kDictItemsType) {
    // dict and its views iterate backwards over a snapshot.
    std::vector<Value> items;
    if (!vm.collect(sequence, items)) return {};
    std::reverse(items.begin(), items.end());
    return vm.iter(vm.make_list(std::move(items)));
  } else if (type->layout != Layout::List && type->layout != Layout::Tuple &&
             type->layout != Layout::Str && type->layout != Layout::Bytes &&
             !(type->heap && vm.lookup_in_type(type, "__getitem__"))) {
    return not_reversible();
  }
  std::int64_t length;
  if (!vm.length(sequence, length)) return {};
  // A list's reversed iterator is list.__reversed__'s list_reverseiterator, not a reversed
  // object: the shared iterator type names it so.
  Value it = type->layout == Layout::List
                 ? vm.make_iterator(IterKind::Reversed, sequence)
                 : new_iterator(vm, args[0], IterKind::Reversed, sequence);
  it.as<IteratorObject>()->position = length - 1;
  return it;
}

Type* make_iterator_class(VM& vm, std::string name, NativeFn constructor) {
  Type* type = vm.new_builtin_type(std::move(name), vm.type(kObjectType), Layout::Iterator);
  vm.add_static(type, "__new__", constructor);
  return type;
}

// ---- Built-in functions ----------------------------------------------------------------------

Value abs_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "abs", 1, 1)) return {};
  const Value& v = args[0];
  if (Value method = overriding_dunder(vm, v, "__abs__")) return vm.call(method, {v});
  Value result = is_complex(vm, v) ? complex_abs(vm, v) : number_abs(vm, v);
  if (result && result.is(vm.not_implemented())) {
    return vm.type_error("bad operand type for abs(): '" + type_name_of(vm, v) + "'");
  }
  return result;
}

Value all_or_any(VM& vm, CallArgs args, bool want_all) {
  if (!check_arity(vm, args, want_all ? "all" : "any", 1, 1)) return {};
  bool result = want_all;
  bool ok = vm.for_each(args[0], [&](Value item) {
    int truth = vm.truthy(item);
    if (truth < 0) return false;
    if (static_cast<bool>(truth) == want_all) return true;
    result = !want_all;
    return false;
  });
  return ok ? vm.boolean(result) : Value();
}

Value all_function(VM& vm, CallArgs args) { return all_or_any(vm, args, true); }
Value any_function(VM& vm, CallArgs args) { return all_or_any(vm, args, false); }

Value ascii_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "ascii", 1, 1)) return {};
  return str_ascii(vm, args[0]);
}

Value int_in_base(VM& vm, CallArgs args, std::string_view function, int base,
                  std::string_view prefix) {
  if (!check_arity(vm, args, function, 1, 1)) return {};
  num::BigInt n;
  if (!index_value(vm, args[0], n)) return {};
  std::string digits = n.to_string(base);
  if (n.is_negative()) return vm.make_str("-" + std::string(prefix) + digits.substr(1));
  return vm.make_str(std::string(prefix) + digits);
}

Value bin_function(VM& vm, CallArgs args) { return int_in_base(vm, args, "bin", 2, "0b"); }
Value oct_function(VM& vm, CallArgs args) { return int_in_base(vm, args, "oct", 8, "0o"); }
Value hex_function(VM& vm, CallArgs args) { return int_in_base(vm, args, "hex", 16, "0x"); }

Value callable_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "callable", 1, 1)) return {};
  return vm.boolean(vm.is_callable(args[0]));
}

Value chr_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "chr", 1, 1)) return {};
  int code;
  if (!c_int_argument(vm, args[0], code)) return {};
  if (code < 0 || code > 0x10FFFF) return vm.value_error("chr() arg not in range(0x110000)");
  return vm.make_str(utf8_encode(static_cast<std::uint32_t>(code)));
}

Value ord_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "ord", 1, 1)) return {};
  const Value& v = args[0];
  Type* type = vm.type_of(v);
  std::size_t length;
  if (type->layout == Layout::Str) {
    const Str& s = *v.as<Str>();
    if (s.length == 1) return vm.make_int(utf8_first_code_point(s.text));
    length = s.length;
  } else if (type->layout == Layout::Bytes) {
    const std::string& data = v.as<BytesObject>()->data;
    if (data.size() == 1) return vm.make_int(static_cast<unsigned char>(data[0]));
    length = data.size();
  } else {
    return vm.type_error("ord() expected string of length 1, but " + type->name + " found");
  }
  return vm.type_error("ord() expected a character, but string of length " +
                       std::to_string(length) + " found");
}

// The name argument of getattr() and its kin, as an interned str.
bool attribute_name(VM& vm, const Value& name, Value& out) {
  if (!vm.is_str(name)) {
    vm.type_error("attribute name must be string, not '" + type_name_of(vm, name) + "'");
    return false;
  }
  out = vm.intern(VM::str_text(name));
  return true;
}

Value getattr_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "getattr", 2, 3)) return {};
  Value name;
  if (!attribute_name(vm, args[1], name)) return {};
  if (args.nargs == 2) return vm.get_attr(args[0], name);
  Value value = vm.get_attr_opt(args[0], name);
  if (value || vm.has_pending_exception()) return value;
  return args[2];
}

Value hasattr_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "hasattr", 2, 2)) return {};
  Value name;
  if (!attribute_name(vm, args[1], name)) return {};
  Value value = vm.get_attr_opt(args[0], name);
  if (!value && vm.has_pending_exception()) return {};
  return vm.boolean(static_cast<bool>(value));
}

Value setattr_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "setattr", 3, 3)) return {};
  Value name;
  if (!attribute_name(vm, args[1], name)) return {};
  return vm.set_attr(args[0], name, args[2]) ? vm.none() : Value();
}

Value delattr_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "delattr", 2, 2)) return {};
  Value name;
  if (!attribute_name(vm, args[1], name)) return {};
  return vm.del_attr(args[0], name) ? vm.none() : Value();
}

Value dir_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "dir", 0, 1)) return {};
  if (args.nargs == 0) {
    Value locals = current_locals(vm);
    if (!locals) return {};
    return sorted_keys(vm, *locals.as<Dict>());
  }
  // type(object).__dir__(object) (object.__dir__ unless overridden: a module's names, a class's
  // along its MRO, an instance's and its class's), sorted.
  const Value& object = args[0];
  Value method = vm.lookup_in_type(vm.type_of(object), "__dir__");
  Value result = method ? vm.call(method, {object}) : Value();
  std::vector<Value> names;
  if (!result || !vm.collect(result, names)) return {};
  Value list = vm.make_list(std::move(names));
  if (!list_sort(vm, *list.as<List>(), Value(), false)) return {};
  return list;
}

// divmod(a, b): a class's __divmod__ / __rdivmod__ (a subclass's reflected method first, as
// for the operators), then the numbers' own.
Value divmod_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "divmod", 2, 2)) return {};
  const Value& a = args[0];
  const Value& b = args[1];
  Type* ta = vm.type_of(a);
  Type* tb = vm.type_of(b);
  Value reflected = ta != tb ? overriding_dunder(vm, b, "__rdivmod__") : Value();
  auto try_reflected = [&]() -> Value {
    Value method = std::move(reflected);
    return method ? vm.call(method, {b, a}) : vm.not_implemented();
  };
  if (reflected && VM::is_subtype(tb, ta)) {
    Value result = try_reflected();
    if (!result || !result.is(vm.not_implemented())) return result;
  }
  if (Value method = overriding_dunder(vm, a, "__divmod__")) {
    Value result = vm.call(method, {a, b});
    if (!result || !result.is(vm.not_implemented())) return result;
  }
  Value result = number_divmod(vm, a, b);
  if (!result || !result.is(vm.not_implemented())) return result;
  result = try_reflected();
  if (!result || !result.is(vm.not_implemented())) return result;
  return vm.type_error("unsupported operand type(s) for divmod(): '" + ta->name + "' and '" +
                       tb->name + "'");
}

Value format_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "format", 1, 2)) return {};
  Value spec = args.nargs == 2 ? args[1] : vm.make_str(std::string_view(""));
  if (!vm.is_str(spec)) {
    return vm.type_error("format() argument 2 must be str, not " + type_name_of(vm, spec));
  }
  Value result = vm.format(args[0], spec);
  if (result && !vm.is_str(result)) {
    return vm.type_error("__format__ must return a str, not " + type_name_of(vm, result));
  }
  return result;
}

Value globals_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "globals", 0, 0)) return {};
  return current_globals(vm);
}

Value locals_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "locals", 0, 0)) return {};
  return current_locals(vm);
}

// A compile error as the SyntaxError (IndentationError, TabError) CPython's parser raises:
// args (msg, (filename, lineno, offset, text, end_lineno, end_offset)) and those attributes,
// offsets 1-based in characters, the line's text with its newline.
Value raise_syntax_error(VM& vm, const SyntaxErrorInfo& error, const Source& source,
                         bool after_parsing) {
  Type* type = error.type == "IndentationError" ? vm.exc().IndentationError
               : error.type == "TabError"       ? vm.exc().TabError
                                                : vm.exc().SyntaxError;
  // CPython's compiler reads the text from the file, so errors found after parsing have none
  // when it does not exist ("<string>"); the engine gives them none at all.
  Value text = vm.none();
  if (!after_parsing) {
    std::string line(source.line(error.start.line));
    if (error.start.line < source.line_starts.size()) line += '\n';
    text = vm.make_str(std::move(line));
  }
  SourcePosition end = error.end.line ? error.end : error.start;
  auto offset = [&](SourcePosition at) {
    return vm.make_int(character_column(source.text, at) + 1);
  };
  Value fields[] = {vm.make_str(source.filename), vm.make_int(error.start.line),
                    offset(error.start),          text,
                    vm.make_int(end.line),        offset(end)};
  static constexpr const char* kNames[] = {"filename", "lineno",     "offset",
                                           "text",     "end_lineno", "end_offset"};
  Value exception = vm.new_exception(
      type, {vm.make_str(error.message), vm.make_tuple(std::vector<Value>(fields, fields + 6))});
  for (std::size_t i = 0; i < 6; ++i) vm.set_attr(exception, vm.intern(kNames[i]), fields[i]);
  return vm.raise(exception);
}

// The text of compile()'s, exec()'s or eval()'s source: a str, or bytes decoded as UTF-8 (a
// SyntaxError if they are not UTF-8, as CPython's). Null when it raised.
std::optional<std::string> source_text(VM& vm, const Value& source) {
  std::string text;
  if (vm.is_str(source)) {
    text = VM::str_text(source);
  } else {
    Value decoded = vm.call(vm.get_attr(source, "decode"), {});
    if (!decoded) {
      Value error = vm.take_exception();
      Value message = vm.str(error);
      if (message) vm.raise(vm.exc().SyntaxError, "(unicode error) " + VM::str_text(message));
      return std::nullopt;
    }
    text = VM::str_text(decoded);
  }
  if (text.find('\0') != std::string::npos) {
    vm.raise(vm.exc().SyntaxError, "source code string cannot contain null bytes");
    return std::nullopt;
  }
  return text;
}

// Compiles source text as compile() mode `mode` ("exec", "eval" or "single"): a code object, or
// null after raising its SyntaxError.
std::shared_ptr<Code> compile_text(VM& vm, std::string text, std::string filename,
                                   std::string_view mode) {
  CompileOptions options;
  options.eval = mode == "eval";
  options.single = mode == "single";
  options.top_level_await = false;
  if (options.eval) text.erase(0, text.find_first_not_of(" \t"));
  // CPython's tokenizer ends exec-mode text with a newline ("'(' was never closed" needs it).
  if (mode == "exec" && !text.empty() && text.back() != '\n') text += '\n';
  auto source = make_source(std::move(filename), std::move(text));
  CompileResult compiled = compile_program(vm, source, options);
  if (!compiled.code) {
    raise_syntax_error(vm, *compiled.error, *source, compiled.after_parsing);
  }
  return compiled.code;
}

bool is_source(VM& vm, const Value& v) {
  return vm.is_str(v) || vm.type_index(v) == kBytesType;
}

// compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1): the code object
// exec() and eval() run. No flag is supported (there is no ast module), but those of Python 2's
// future imports, which change nothing.
Value compile_function(VM& vm, CallArgs args) {
  Value parsed[7];  // source, filename, mode, flags, dont_inherit, optimize, _feature_version
  if (!bind_clinic_args(
          vm, args, "compile",
          {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
          0, 6, 3, parsed)) {
    return {};
  }
  Value filename = parsed[1];
  if (vm.type_index(filename) == kBytesType) {
    filename = vm.call(vm.get_attr(filename, "decode"), {});
    if (!filename) return {};
  }
  if (!vm.is_str(filename)) {
    return vm.type_error("expected str, bytes or os.PathLike object, not " +
                         type_name_of(vm, filename));
  }
  if (!vm.is_str(parsed[2])) {
    return vm.type_error("compile() argument 'mode' must be str, not " +
                         type_name_of(vm, parsed[2]));
  }
  int flags = 0, optimize = -1, feature_version = -1;
  if ((parsed[3] && !c_int_argument(vm, parsed[3], flags)) ||
      (parsed[4] && vm.truthy(parsed[4]) < 0) ||
      (parsed[5] && !c_int_argument(vm, parsed[5], optimize)) ||
      (parsed[6] && !c_int_argument(vm, parsed[6], feature_version))) {
    return {};
  }
  constexpr int kPython2Futures = 0x10 | 0xFE0000;  // CO_NESTED, CO_FUTURE_DIVISION...
  constexpr int kKnownFlags = kPython2Futures | 0x1000000 | 0x7600;  // annotations, PyCF_*
  if (flags & ~kKnownFlags) return vm.value_error("compile(): unrecognised flags");
  if (flags & ~kPython2Futures) return vm.value_error("compile(): flags are not supported");
  if (optimize < -1 || optimize > 2) return vm.value_error("compile(): invalid optimize value");
  std::string mode = VM::str_text(parsed[2]);
  if (mode != "exec" && mode != "eval" && mode != "single") {
    return vm.value_error("compile() mode must be 'exec', 'eval' or 'single'");
  }
  if (!is_source(vm, parsed[0])) {
    return vm.type_error("compile() arg 1 must be a string, bytes or AST object");
  }
  std::optional<std::string> text = source_text(vm, parsed[0]);
  if (!text) return {};
  std::shared_ptr<Code> code = compile_text(vm, std::move(*text), VM::str_text(filename), mode);
  return code ? make_code_object(vm, std::move(code)) : Value();
}

// eval() and exec(): runs a code object, or source compiled as "<string>", with the given
// namespaces (the caller's by default).
Value run_source(VM& vm, CallArgs args, bool is_eval) {
  const char* name = is_eval ? "eval" : "exec";
  if (!no_keywords(vm, args, name) || !check_positional(vm, name, args.nargs, 1, 3)) return {};
  bool is_code = vm.type_index(args[0]) == kCodeType;
  if (!is_code && !is_source(vm, args[0])) {
    return vm.type_error(std::string(name) + "() arg 1 must be a string, bytes or code object");
  }
  Value globals = args.nargs > 1 && !vm.is_none(args[1]) ? args[1] : Value();
  Value locals = args.nargs > 2 && !vm.is_none(args[2]) ? args[2] : Value();
  if (globals && vm.type_index(globals) != kDictType) {
    return vm.type_error(std::string(name) + "() globals must be a dict, not " +
                         std::string(vm.type_name(globals)));
  }
  if (!globals) {
    globals = current_globals(vm);
    if (!locals) locals = current_locals(vm);
  }
  if (!locals) locals = globals;
  if (vm.type_index(locals) != kDictType) {
    return vm.type_error("locals must be a mapping");
  }
  std::shared_ptr<Code> code;
  if (is_code) {
    code = args[0].as<CodeObject>()->code;
    if (!code->freevars.empty()) {
      return vm.type_error(is_eval ? "code object passed to eval() may not contain free variables"
                                   : "code object requires a closure of exactly length " +
                                         std::to_string(code->freevars.size()));
    }
    if (!(code->flags & (kModuleLevel | kClassBody))) {
      // A function's body (f.__code__) runs as a call without arguments, as CPython's frame
      // of it does: missing arguments are a TypeError, a generator's body makes a generator.
      Value result = vm.call(make_function(vm, code, globals, {}, {}, {}), {});
      return result && !is_eval ? vm.none() : result;
    }
  } else {
    std::optional<std::string> text = source_text(vm, args[0]);
    if (!text) return {};
    // Source that evaluates itself (`s = "exec(s)"; exec(s)`) nests a parse, a compile and a
    // loop on the native stack per level: bounded as a Python call from native code is.
    if (vm.interpreter().native_nesting_exhausted())
      return vm.raise(vm.exc().RecursionError,
                      "maximum recursion depth exceeded during compilation");
    code = compile_text(vm, std::move(*text), "<string>", name);
    if (!code) return {};
  }
  Dict& globals_dict = *globals.as<Dict>();
  if (!vm.dict_get_item(globals_dict, "__builtins__"))
    vm.dict_set_item(globals_dict, "__builtins__", vm.builtins());
  Frame* frame = new_frame(code.get());
  if (!frame) return vm.raise(vm.exc().MemoryError, "");
  frame->globals = globals;
  frame->locals = locals;
  frame->mode = FrameMode::Entry;
  Interpreter& interpreter = vm.interpreter();
  RunResult result = interpreter.run(frame);
  switch (result.status) {
    case RunStatus::Returned:
      return is_eval ? result.value : vm.none();
    case RunStatus::Raised:
      return {};
    default:
      interpreter.discard_chain(result.innermost);
      return vm.raise(vm.exc().RuntimeError, std::string(name) + "() code cannot wait");
  }
}

Value eval_function(VM& vm, CallArgs args) {
  return run_source(vm, args, true);
}

Value exec_function(VM& vm, CallArgs args) {
  return run_source(vm, args, false);
}

Value vars_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "vars", 0, 1)) return {};
  if (args.nargs == 0) return current_locals(vm);
  Value dict = vm.get_attr(args[0], "__dict__");
  if (!dict && vm.pending_is(vm.exc().AttributeError)) {
    vm.take_exception();
    return vm.type_error("vars() argument must have __dict__ attribute");
  }
  return dict;
}

Value hash_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "hash", 1, 1)) return {};
  std::int64_t hash;
  if (!vm.hash(args[0], hash)) return {};
  return vm.make_int(hash);
}

// id(): the object's address; a small int (not an object here) has its tagged word, which no
// object's address can equal (objects are aligned, the tag bit is set).
Value id_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "id", 1, 1)) return {};
  const Value& v = args[0];
  if (v.is_small()) return vm.make_int(num::BigInt(static_cast<std::uint64_t>(v.bits())));
  return vm.make_int(num::BigInt(static_cast<std::uint64_t>(
      reinterpret_cast<std::uintptr_t>(v.object()))));
}

// input(): the line comes from the host, which may have to wait for it without blocking (a
// browser): the call suspends the Python stack (HostRequest::Input) and the host resumes it with
// the line as the call's result. The host writes the prompt itself.
Value input_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "input", 0, 1)) return {};
  std::string prompt;
  if (args.nargs == 1) {
    auto text = vm.str_text_of(args[0]);
    if (!text) return {};
    prompt = std::move(*text);
  }
  Interpreter& interpreter = vm.interpreter();
  if (!interpreter.can_suspend()) {
    return vm.raise(vm.exc().RuntimeError, "input() cannot be called here");
  }
  interpreter.host_request.kind = HostRequest::Kind::Input;
  interpreter.host_request.prompt = std::move(prompt);
  return Value();
}

// isinstance(object, class_or_tuple): 1, 0, or -1 when raised.
int object_isinstance(VM& vm, const Value& object, const Value& classinfo) {
  if (is_type_object(vm, classinfo)) {
    Type* cls = classinfo.as<Type>();
    if (vm.type_of(object) == cls) return 1;
    Type* metaclass = vm.type_of(classinfo);
    if (metaclass->heap) {
      if (Value check = vm.lookup_in_type(metaclass, "__instancecheck__")) {
        Value result = vm.call(check, {classinfo, object});
        return result ? vm.truthy(result) : -1;
      }
    }
    return vm.is_instance(object, cls);
  }
  if (is_tuple(vm, classinfo)) {
    const std::vector<Value> items = classinfo.as<Tuple>()->items;
    for (const Value& item : items) {
      int result = object_isinstance(vm, object, item);
      if (result != 0) return result;
    }
    return 0;
  }
  // Anything else may answer itself (types.UnionType, types.GenericAlias).
  if (Value check = vm.lookup_in_type(vm.type_of(classinfo), "__instancecheck__")) {
    Value result = vm.call(check, {classinfo, object});
    return result ? vm.truthy(result) : -1;
  }
  vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

int object_issubclass(VM& vm, const Value& derived, const Value& classinfo) {
  if (is_tuple(vm, classinfo)) {
    const std::vector<Value> items = classinfo.as<Tuple>()->items;
    for (const Value& item : items) {
      int result = object_issubclass(vm, derived, item);
      if (result != 0) return result;
    }
    return 0;
  }
  if (is_type_object(vm, classinfo)) {
    Type* metaclass = vm.type_of(classinfo);
    if (metaclass->heap) {
      if (Value check = vm.lookup_in_type(metaclass, "__subclasscheck__")) {
        Value result = vm.call(check, {classinfo, derived});
        return result ? vm.truthy(result) : -1;
      }
    }
  }
  if (!is_type_object(vm, classinfo) && vm.type_of(classinfo)->heap) {
    if (Value check = vm.lookup_in_type(vm.type_of(classinfo), "__subclasscheck__")) {
      Value result = vm.call(check, {classinfo, derived});
      return result ? vm.truthy(result) : -1;
    }
  }
  if (!is_type_object(vm, derived)) {
    vm.type_error("issubclass() arg 1 must be a class");
    return -1;
  }
  if (!is_type_object(vm, classinfo)) {
    vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return VM::is_subtype(derived.as<Type>(), classinfo.as<Type>());
}

Value isinstance_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "isinstance", 2, 2)) return {};
  int result = object_isinstance(vm, args[0], args[1]);
  return result < 0 ? Value() : vm.boolean(result);
}

Value issubclass_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "issubclass", 2, 2)) return {};
  int result = object_issubclass(vm, args[0], args[1]);
  return result < 0 ? Value() : vm.boolean(result);
}

Value iter_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "iter", 1, 2)) return {};
  if (args.nargs == 1) return vm.iter(args[0]);
  if (!vm.is_callable(args[0])) return vm.type_error("iter(v, w): v must be callable");
  Value it = vm.make_iterator(IterKind::Callable, args[0]);
  auto* calls = it.as<IteratorObject>();
  calls->function = args[0];
  calls->sentinel = args[1];
  return it;
}

Value next_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "next", 1, 2)) return {};
  const Value& it = args[0];
  Type* type = vm.type_of(it);
  const bool has_next = (type->heap || type->module != "builtins") &&
                        vm.lookup_in_type(type, "__next__");
  if (!has_next && !builtin_is_iterator(vm, it)) {
    return vm.type_error("'" + type->name + "' object is not an iterator");
  }
  // A generator's StopIteration carries its return value.
  Value item =
      vm.type_index(it) == kGeneratorType ? generator_send(vm, it, vm.none()) : vm.next(it);
  if (item) return item;
  if (args.nargs == 2) {
    if (vm.has_pending_exception()) {
      if (!vm.pending_is(vm.exc().StopIteration)) return {};
      vm.take_exception();
    }
    return args[1];
  }
  if (vm.has_pending_exception()) return {};
  return vm.raise(vm.exc().StopIteration, "");
}

Value len_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "len", 1, 1)) return {};
  return vm.length(args[0]);
}

Value min_max(VM& vm, CallArgs args, bool is_max) {
  const std::string name = is_max ? "max" : "min";
  if (args.nargs == 0) return vm.type_error(name + " expected at least 1 argument, got 0");
  Value options[2];  // key, default
  if (!bind_clinic_args(vm, keywords_of(args), name, {"key", "default"}, 0, 0, 0, options)) {
    return {};
  }
  const bool positional = args.nargs > 1;
  if (positional && options[1]) {
    return vm.type_error("Cannot specify a default for " + name +
                         "() with multiple positional arguments");
  }
  const Value key = options[0] && !vm.is_none(options[0]) ? options[0] : Value();
  Value it;
  if (!positional) {
    it = vm.iter(args[0]);
    if (!it) return {};
  }
  Value best_item, best_key;
  for (std::uint32_t i = 0;; ++i) {
    Value item;
    if (positional) {
      if (i == args.nargs) break;
      item = args[i];
    } else {
      item = vm.next(it);
      if (!item) {
        if (vm.has_pending_exception()) return {};
        break;
      }
    }
    Value item_key = key ? vm.call(key, {item}) : item;
    if (!item_key) return {};
    if (best_key) {
      int better;
      if (item_key.is_small() && best_key.is_small()) {
        better = is_max ? item_key.small_value() > best_key.small_value()
                        : item_key.small_value() < best_key.small_value();
      } else {
        Value comparison = vm.rich_compare(item_key, best_key, is_max ? kGt : kLt);
        if (!comparison) return {};
        better = vm.truthy(comparison);
        if (better < 0) return {};
      }
      if (!better) continue;
    }
    best_item = std::move(item);
    best_key = std::move(item_key);
  }
  if (best_item) return best_item;
  if (options[1]) return options[1];
  return vm.value_error(name + "() arg is an empty sequence");
}

Value max_function(VM& vm, CallArgs args) { return min_max(vm, args, true); }
Value min_function(VM& vm, CallArgs args) { return min_max(vm, args, false); }

Value pow_function(VM& vm, CallArgs args) {
  Value parsed[3];  // base, exp, mod
  if (!bind_clinic_args(vm, args, "pow", {"base", "exp", "mod"}, 0, 3, 2, parsed)) return {};
  const Value& base = parsed[0];
  const Value& exponent = parsed[1];
  const Value& modulus = parsed[2];
  if (!modulus || vm.is_none(modulus)) return vm.binary_op(base, exponent, kPow);
  if (Value method = overriding_dunder(vm, base, "__pow__")) {
    Value result = vm.call(method, {base, exponent, modulus});
    if (!result || !result.is(vm.not_implemented())) return result;
  }
  const auto is_number = [&](const Value& v) {
    return vm.is_int(v) || vm.is_instance(v, vm.type(kFloatType));
  };
  if (is_number(base) && is_number(exponent) && is_number(modulus)) {
    if (!vm.is_int(base) || !vm.is_int(exponent) || !vm.is_int(modulus)) {
      return vm.type_error("pow() 3rd argument not allowed unless all arguments are integers");
    }
    return number_pow3(vm, base, exponent, modulus);
  }
  // complex's slot takes any third argument and refuses it.
  if ((is_complex(vm, base) && (is_number(exponent) || is_complex(vm, exponent))) ||
      (is_complex(vm, exponent) && is_number(base)))
    return vm.value_error("complex modulo");
  return vm.type_error("unsupported operand type(s) for ** or pow(): '" +
                       type_name_of(vm, base) + "', '" + type_name_of(vm, exponent) + "', '" +
                       type_name_of(vm, modulus) + "'");
}

// print(*objects, sep=' ', end='\n', file=None, flush=False). To the VM's own stdout/stderr
// the line goes to the host in one write; to another file, piece by piece through its write().
Value print_function(VM& vm, CallArgs args) {
  Value options[4];  // sep, end, file, flush
  if (!bind_clinic_args(vm, keywords_of(args), "print", {"sep", "end", "file", "flush"}, 0, 0, 0,
                        options)) {
    return {};
  }
  const Streams& streams = streams_of(vm);
  Value file = options[2];
  if (!file || vm.is_none(file)) {
    file = current_stream(vm, "stdout", streams.out);
    if (!file) return {};
    if (vm.is_none(file)) return vm.none();
  }
  std::string separator = " ", end = "\n";
  for (int i = 0; i < 2; ++i) {
    const Value& option = options[i];
    if (!option || vm.is_none(option)) continue;
    if (!vm.is_str(option)) {
      return vm.type_error(std::string(i == 0 ? "sep" : "end") +
                           " must be None or a string, not " + type_name_of(vm, option));
    }
    (i == 0 ? separator : end) = VM::str_text(option);
  }
  bool flush = false;
  if (options[3]) {
    int truth = vm.truthy(options[3]);
    if (truth < 0) return {};
    flush = truth;
  }
  if (file.is(streams.out) || file.is(streams.err)) {
    std::string line;
    for (std::uint32_t i = 0; i < args.nargs; ++i) {
      if (i > 0) line += separator;
      auto text = vm.str_text_of(args[i]);
      if (!text) {
        write_to_host(vm, file, line);  // what CPython had written before the failure
        return {};
      }
      line += *text;
    }
    write_to_host(vm, file, line + end);
    return vm.none();
  }
  Value write = vm.get_attr(file, "write");
  if (!write) return {};
  auto write_piece = [&](Value piece) { return static_cast<bool>(vm.call(write, {piece})); };
  for (std::uint32_t i = 0; i < args.nargs; ++i) {
    if (i > 0 && !write_piece(vm.make_str(separator))) return {};
    Value text = vm.str(args[i]);
    if (!text || !write_piece(std::move(text))) return {};
  }
  if (!write_piece(vm.make_str(end))) return {};
  if (flush && !vm.call_method(file, "flush", {})) return {};
  return vm.none();
}

Value repr_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "repr", 1, 1)) return {};
  return vm.repr(args[0]);
}

Value round_function(VM& vm, CallArgs args) {
  Value parsed[2];  // number, ndigits
  if (!bind_clinic_args(vm, args, "round", {"number", "ndigits"}, 0, 2, 1, parsed)) return {};
  const Value& number = parsed[0];
  const Value ndigits = parsed[1] && !vm.is_none(parsed[1]) ? parsed[1] : Value();
  if (Value method = overriding_dunder(vm, number, "__round__")) {
    return ndigits ? vm.call(method, {number, ndigits}) : vm.call(method, {number});
  }
  if (vm.is_int(number) || vm.is_instance(number, vm.type(kFloatType))) {
    return number_round(vm, number, ndigits);
  }
  return vm.type_error("type " + type_name_of(vm, number) + " doesn't define __round__ method");
}

Value sorted_function(VM& vm, CallArgs args) {
  if (!check_positional(vm, "sorted", args.nargs, 1, 1)) return {};
  std::vector<Value> items;
  if (!vm.collect(args[0], items)) return {};
  Value list = vm.make_list(std::move(items));
  Value options[2];  // key, reverse: list.sort's keywords, parsed as list.sort does
  if (!bind_clinic_args(vm, keywords_of(args), "sort", {"key", "reverse"}, 0, 0, 0, options)) {
    return {};
  }
  int reverse = 0;
  if (options[1] && !c_int_argument(vm, options[1], reverse)) return {};
  if (!list_sort(vm, *list.as<List>(), options[0], reverse != 0)) return {};
  return list;
}

// sum(iterable, /, start=0), with CPython 3.11's exact-int and exact-float fast paths (plain
// double additions: the compensated sum came with 3.12).
Value sum_function(VM& vm, CallArgs args) {
  Value parsed[2];  // iterable, start
  if (!bind_clinic_args(vm, args, "sum", {"iterable", "start"}, 1, 2, 1, parsed)) return {};
  Value result = parsed[1] ? parsed[1] : Value::small(0);
  if (vm.is_str(result)) {
    return vm.type_error("sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (vm.type_of(result)->layout == Layout::Bytes) {
    return vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]");
  }
  Value it = vm.iter(parsed[0]);
  if (!it) return {};
  std::int64_t int_sum;
  if (vm.type_index(result) == kIntType && vm.to_int64(result, int_sum)) {
    for (;;) {
      Value item = vm.next(it);
      if (!item) return vm.has_pending_exception() ? Value() : vm.make_int(int_sum);
      const std::uint32_t t = vm.type_index(item);
      std::int64_t addend, total;
      if ((t == kIntType || t == kBoolType) && vm.to_int64(item, addend) &&
          !__builtin_add_overflow(int_sum, addend, &total)) {
        int_sum = total;
        continue;
      }
      result = vm.binary_op(vm.make_int(int_sum), item, kAdd);
      if (!result) return {};
      break;
    }
  }
  if (vm.type_index(result) == kFloatType) {
    double float_sum = vm.float_value(result);
    for (;;) {
      Value item = vm.next(it);
      if (!item) return vm.has_pending_exception() ? Value() : vm.make_float(float_sum);
      std::int64_t addend;
      if (vm.type_index(item) == kFloatType) {
        float_sum += vm.float_value(item);
        continue;
      }
      if (vm.is_int(item) && vm.to_int64(item, addend)) {
        float_sum += static_cast<double>(addend);
        continue;
      }
      result = vm.binary_op(vm.make_float(float_sum), item, kAdd);
      if (!result) return {};
      break;
    }
  }
  for (;;) {
    Value item = vm.next(it);
    if (!item) return vm.has_pending_exception() ? Value() : result;
    result = vm.binary_op(result, item, kAdd);
    if (!result) return {};
  }
}

// __import__(name, globals=None, locals=None, fromlist=(), level=0). Built-in modules have no
// packages, so the module itself is the answer whatever fromlist says.
Value import_function(VM& vm, CallArgs args) {
  Value parsed[5];  // name, globals, locals, fromlist, level
  if (!bind_clinic_args(vm, args, "__import__", {"name", "globals", "locals", "fromlist", "level"},
                        0, 5, 1, parsed)) {
    return {};
  }
  const Value& name = parsed[0];
  if (!vm.is_str(name)) return vm.type_error("module name must be a string");
  int level = 0;
  if (parsed[4] && !c_int_argument(vm, parsed[4], level)) return {};
  if (level < 0) return vm.value_error("level must be >= 0");
  if (level > 0) {
    return vm.raise(vm.exc().ImportError,
                    "attempted relative import with no known parent package");
  }
  if (VM::str_text(name).empty()) return vm.value_error("Empty module name");
  return vm.import_module(vm.intern(VM::str_text(name)));
}

bool is_async_generator(VM& vm, const Value& v) {
  return v.is_object() && vm.type_of(v)->layout == Layout::AsyncGenerator;
}

Value aiter_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "aiter", 1, 1)) return {};
  const Value& iterable = args[0];
  if (is_async_generator(vm, iterable)) return iterable;
  Value method = vm.lookup_in_type(vm.type_of(iterable), "__aiter__");
  if (!method) {
    return vm.type_error("'" + type_name_of(vm, iterable) + "' object is not an async iterable");
  }
  Value it = vm.call(method, {iterable});
  if (!it) return {};
  if (!is_async_generator(vm, it) && !vm.lookup_in_type(vm.type_of(it), "__anext__")) {
    return vm.type_error("aiter() returned not an async iterator of type '" +
                         type_name_of(vm, it) + "'");
  }
  return it;
}

// anext(async_iterator[, default]): the awaitable of its next item. A default is supported for
// async generators (the common case); other async iterators would need CPython's
// anext_awaitable wrapper around any awaitable.
Value anext_function(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "anext", 1, 2)) return {};
  const Value& it = args[0];
  Value method;
  if (!is_async_generator(vm, it)) {
    method = vm.lookup_in_type(vm.type_of(it), "__anext__");
    if (!method) {
      return vm.type_error("'" + type_name_of(vm, it) + "' object is not an async iterator");
    }
  }
  if (args.nargs == 2) {
    if (!method) return make_anext(vm, it, args[1]);
    return vm.raise(vm.exc().NotImplementedError,
                    "anext() with a default value is only supported for async generators");
  }
  return method ? vm.call(method, {it}) : get_anext(vm, it);
}

// ---- Exceptions ------------------------------------------------------------------------------

// The built-in exception classes the VM does not make itself (ExceptionTypes), as subclasses
// of their CPython base; bases come before their subclasses.
struct ExtraException {
  const char* name;
  const char* base;
};
constexpr ExtraException kExtraExceptions[] = {
    {"BufferError", "Exception"},
    {"ReferenceError", "Exception"},
    {"SystemError", "Exception"},
    {"FloatingPointError", "ArithmeticError"},
    {"BytesWarning", "Warning"},
    {"EncodingWarning", "Warning"},
    {"FutureWarning", "Warning"},
    {"ImportWarning", "Warning"},
    {"PendingDeprecationWarning", "Warning"},
    {"ResourceWarning", "Warning"},
    {"SyntaxWarning", "Warning"},
    {"UnicodeWarning", "Warning"},
    {"BlockingIOError", "OSError"},
    {"ChildProcessError", "OSError"},
    {"ConnectionError", "OSError"},
    {"FileExistsError", "OSError"},
    {"FileNotFoundError", "OSError"},
    {"InterruptedError", "OSError"},
    {"IsADirectoryError", "OSError"},
    {"NotADirectoryError", "OSError"},
    {"PermissionError", "OSError"},
    {"ProcessLookupError", "OSError"},
    {"BrokenPipeError", "ConnectionError"},
    {"ConnectionAbortedError", "ConnectionError"},
    {"ConnectionRefusedError", "ConnectionError"},
    {"ConnectionResetError", "ConnectionError"},
    {"UnicodeDecodeError", "UnicodeError"},
    {"UnicodeEncodeError", "UnicodeError"},
    {"UnicodeTranslateError", "UnicodeError"},
};

void install_exceptions(VM& vm, Dict& builtins) {
  const ExceptionTypes& e = vm.exc();
  // CancelledError, InvalidStateError, QueueEmpty and QueueFull belong to asyncio, not here.
  for (Type* type :
       {e.BaseException, e.Exception, e.BaseExceptionGroup, e.ExceptionGroup, e.ArithmeticError,
        e.AssertionError, e.AttributeError, e.EOFError, e.ImportError, e.ModuleNotFoundError,
        e.IndexError, e.KeyError, e.LookupError, e.MemoryError, e.NameError,
        e.NotImplementedError, e.OSError, e.OverflowError, e.RecursionError, e.RuntimeError,
        e.StopIteration, e.StopAsyncIteration, e.SyntaxError, e.IndentationError, e.TabError,
        e.SystemExit, e.TypeError, e.UnboundLocalError, e.UnicodeError, e.ValueError,
        e.ZeroDivisionError, e.KeyboardInterrupt, e.GeneratorExit, e.TimeoutError, e.Warning,
        e.RuntimeWarning, e.DeprecationWarning, e.UserWarning}) {
    vm.dict_set_item(builtins, type->name, Value(type));
  }
  for (const ExtraException& extra : kExtraExceptions) {
    if (vm.dict_get_item(builtins, extra.name)) continue;
    Type* base = vm.dict_get_item(builtins, extra.base).as<Type>();
    vm.dict_set_item(builtins, extra.name,
                     Value(vm.new_builtin_type(extra.name, base, Layout::Exception)));
  }
  vm.dict_set_item(builtins, "EnvironmentError", Value(e.OSError));
  vm.dict_set_item(builtins, "IOError", Value(e.OSError));
}

// ---- Structure sequences (sys.version_info, sys.float_info, time.struct_time) ----------------

// A structseq instance: a tuple of its visible fields, and the fields only reachable by name
// (struct_time's tm_zone and tm_gmtoff) kept aside.
struct StructSeq : Tuple {
  std::vector<Value> hidden;
};

// Whether a tuple-like object is a StructSeq rather than a plain Tuple of a structseq class (a
// namedtuple method such as _make makes those). The engine is built without RTTI (the wasm
// engine is 3.5 KB smaller gzipped), so instead of a dynamic_cast the object's vtable is
// compared with StructSeq's, which only a StructSeq has.
const StructSeq* as_struct_seq(const Object* object) {
  static const void* const struct_seq_vtable = [] {
    const StructSeq probe;
    return *reinterpret_cast<const void* const*>(&probe);
  }();
  if (!object || *reinterpret_cast<const void* const*>(object) != struct_seq_vtable) return nullptr;
  return static_cast<const StructSeq*>(object);
}

std::int64_t type_constant(VM& vm, Type* type, std::string_view name) {
  Value value = vm.lookup_in_type(type, name);
  return value && value.is_small() ? value.small_value() : 0;
}

// CPython's tp_name: "time.struct_time" for the class itself, a subclass's own name.
std::string structseq_type_name(VM& vm, Type* type) {
  if (vm.dict_get_item(*type->dict.as<Dict>(), "n_fields")) {
    return type->module + "." + type->name;
  }
  return type->name;
}

Value structseq_repr(VM& vm, CallArgs args) {
  Type* type = vm.type_of(args[0]);
  Value fields = vm.lookup_in_type(type, "_fields");  // set by make_namedtuple_type
  const std::vector<Value>& names = fields.as<Tuple>()->items;
  const std::vector<Value> items = args[0].as<Tuple>()->items;
  std::string text = structseq_type_name(vm, type) + "(";
  for (std::size_t i = 0; i < names.size() && i < items.size(); ++i) {
    auto item = vm.repr_text(items[i]);
    if (!item) return {};
    if (i > 0) text += ", ";
    text += VM::str_text(names[i]) + "=" + *item;
  }
  return vm.make_str(text + ")");
}

// structseq(sequence, dict=None): the visible fields from the sequence, the hidden ones from
// the sequence's tail or the dict.
Value structseq_new(VM& vm, CallArgs args) {
  Type* cls = args[0].as<Type>();
  Value parsed[2];  // sequence, dict
  if (!bind_clinic_args(vm, after_self(args), "structseq", {"sequence", "dict"}, 0, 2, 1, parsed)) {
    return {};
  }
  Value it = vm.iter(parsed[0]);
  if (!it) {
    if (vm.pending_is(vm.exc().TypeError)) {
      vm.take_exception();
      vm.type_error("constructor requires a sequence");
    }
    return {};
  }
  std::vector<Value> items;
  if (!vm.collect(it, items)) return {};
  const std::string name = structseq_type_name(vm, cls);
  const auto min_length = static_cast<std::size_t>(type_constant(vm, cls, "n_sequence_fields"));
  const auto max_length = static_cast<std::size_t>(type_constant(vm, cls, "n_fields"));
  const std::size_t length = items.size();
  if (length < min_length || length > max_length) {
    const std::size_t expected = length < min_length ? min_length : max_length;
    const char* quantity = min_length == max_length ? "a"
                           : length < min_length    ? "an at least"
                                                    : "an at most";
    return vm.type_error(name + "() takes " + quantity + " " + std::to_string(expected) +
                         "-sequence (" + std::to_string(length) + "-sequence given)");
  }
  const Value& dict = parsed[1];
  if (dict && vm.type_of(dict)->layout != Layout::Dict) {
    return vm.type_error(name + "() takes a dict as second arg, if any");
  }
  Value hidden_names = vm.lookup_in_type(cls, "_hidden_fields");
  auto* result = new StructSeq();
  result->set_user_tag(cls->index);
  Value holder(result);
  for (std::size_t i = 0; i < max_length; ++i) {
    Value item;
    if (i < length) {
      item = items[i];
    } else {
      item = vm.none();
      if (dict && hidden_names) {
        const Value& field = hidden_names.as<Tuple>()->items[i - min_length];
        Value found;
        if (vm.dict_get(*dict.as<Dict>(), field, found) < 0) return {};
        if (found) item = std::move(found);
      }
    }
    (i < min_length ? result->items : result->hidden).push_back(std::move(item));
  }
  return holder;
}

// The getter of a hidden field: made with the field's index as its bound self.
Value hidden_field_get(VM& vm, CallArgs args) {
  const auto* record = as_struct_seq(args[1].object());
  const auto index = static_cast<std::size_t>(args[0].small_value());
  if (!record || index >= record->hidden.size()) return vm.none();
  return record->hidden[index];
}

// A structseq class: a namedtuple class with CPython's repr, constructor and n_* constants,
// and `hidden_fields` readable by name only.
Type* make_structseq_type(VM& vm, std::string_view name, std::string_view module,
                          const std::vector<std::string>& fields,
                          const std::vector<std::string>& hidden_fields = {}) {
  Type* type = make_namedtuple_type(vm, name, fields, module);
  type->sealed = true;
  Dict& ns = *type->dict.as<Dict>();
  vm.dict_set_item(ns, "n_sequence_fields", Value::small(static_cast<std::int64_t>(fields.size())));
  vm.dict_set_item(ns, "n_fields",
                   Value::small(static_cast<std::int64_t>(fields.size() + hidden_fields.size())));
  vm.dict_set_item(ns, "n_unnamed_fields", Value::small(0));
  vm.add_method(type, "__repr__", structseq_repr);
  vm.add_static(type, "__new__", structseq_new);
  std::vector<Value> hidden_names;
  for (std::size_t i = 0; i < hidden_fields.size(); ++i) {
    hidden_names.push_back(vm.intern(hidden_fields[i]));
    auto* property = new Property();
    property->set_user_tag(kPropertyType);
    property->getter = vm.make_native(hidden_fields[i], hidden_field_get,
                                      Value::small(static_cast<std::int64_t>(i)));
    vm.dict_set_item(ns, hidden_fields[i], Value(property));
  }
  if (!hidden_names.empty()) vm.dict_set_item(ns, "_hidden_fields", vm.make_tuple(hidden_names));
  return type;
}

// ---- sys -------------------------------------------------------------------------------------

Value sys_exit(VM& vm, CallArgs args) {
  if (!no_keywords(vm, args, "sys.exit") || !check_arity(vm, args, "exit", 0, 1)) return {};
  std::vector<Value> exit_args(args.args, args.args + args.nargs);
  return raise_instance(vm, vm.new_exception(vm.exc().SystemExit, std::move(exit_args)));
}

Value sys_getrecursionlimit(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "sys.getrecursionlimit", 0, 0)) return {};
  return vm.make_int(vm.recursion_limit);
}

Value sys_getframe(VM& vm, CallArgs args) {
  if (!no_keywords(vm, args, "sys._getframe") || !check_arity(vm, args, "_getframe", 0, 1))
    return {};
  int depth = 0;
  if (args.nargs == 1 && !c_int_argument(vm, args[0], depth)) return {};
  return running_frame(vm, depth);
}

Value sys_setrecursionlimit(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "sys.setrecursionlimit", 1, 1)) return {};
  int limit;
  if (!c_int_argument(vm, args[0], limit)) return {};
  if (limit < 1) return vm.value_error("recursion limit must be greater or equal than 1");
  // CPython counts the call of setrecursionlimit itself: one more than the Python frames.
  const std::uint32_t depth = vm.interpreter().frame_depth() + 1;
  if (depth >= static_cast<std::uint32_t>(limit)) {
    return vm.raise(vm.exc().RecursionError,
                    "cannot set the recursion limit to " + std::to_string(limit) +
                        " at the recursion depth " + std::to_string(depth) +
                        ": the limit is too low");
  }
  vm.recursion_limit = static_cast<std::uint32_t>(limit);
  return vm.none();
}

Value sys_get_int_max_str_digits(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "sys.get_int_max_str_digits", 0, 0)) return {};
  return vm.make_int(vm.int_max_str_digits);
}

Value sys_set_int_max_str_digits(VM& vm, CallArgs args) {
  Value limit_argument;
  if (!bind_clinic_args(vm, args, "set_int_max_str_digits", {"maxdigits"}, 0, 1, 1,
                        &limit_argument)) {
    return {};
  }
  int limit;
  if (!c_int_argument(vm, limit_argument, limit)) return {};
  if (limit != 0 && limit < static_cast<int>(num::kMaxStrDigitsThreshold)) {
    return vm.value_error("maxdigits must be 0 or larger than " +
                          std::to_string(num::kMaxStrDigitsThreshold));
  }
  vm.int_max_str_digits = static_cast<std::uint32_t>(limit);
  return vm.none();
}

// sys.exc_info(): (type, value, traceback) of the exception being handled.
Value sys_exc_info(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "sys.exc_info", 0, 0)) return {};
  const Value& handled = vm.interpreter().handled_exception;
  if (!handled) return vm.make_tuple({vm.none(), vm.none(), vm.none()});
  ExceptionObject* e = vm.as_exception(handled);
  return vm.make_tuple(
      {Value(vm.type_of(handled)), handled, e ? exception_traceback(vm, *e) : vm.none()});
}

Value sys_exception(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "sys.exception", 0, 0)) return {};
  const Value& handled = vm.interpreter().handled_exception;
  return handled ? handled : vm.none();
}

Value sys_getdefaultencoding(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "sys.getdefaultencoding", 0, 0)) return {};
  return vm.make_str(std::string_view("utf-8"));
}

const char* platform_name() {
#if defined(__EMSCRIPTEN__)
  return "emscripten";
#elif defined(__APPLE__)
  return "darwin";
#elif defined(_WIN32)
  return "win32";
#else
  return "linux";
#endif
}

Value make_version_info(VM& vm) {
  Type* type = make_structseq_type(vm, "version_info", "sys",
                                   {"major", "minor", "micro", "releaselevel", "serial"});
  return make_namedtuple(type, {Value::small(3), Value::small(11), Value::small(7),
                                vm.make_str(std::string_view("final")), Value::small(0)});
}

Value make_float_info(VM& vm) {
  using limits = std::numeric_limits<double>;
  Type* type = make_structseq_type(vm, "float_info", "sys",
                                   {"max", "max_exp", "max_10_exp", "min", "min_exp",
                                    "min_10_exp", "dig", "mant_dig", "epsilon", "radix",
                                    "rounds"});
  return make_namedtuple(
      type, {vm.make_float(limits::max()), vm.make_int(limits::max_exponent),
             vm.make_int(limits::max_exponent10), vm.make_float(limits::min()),
             vm.make_int(limits::min_exponent), vm.make_int(limits::min_exponent10),
             vm.make_int(limits::digits10), vm.make_int(limits::digits),
             vm.make_float(limits::epsilon()), vm.make_int(limits::radix), Value::small(1)});
}

// ---- time: clocks ----------------------------------------------------------------------------

// Under the event loop's virtual clock (the CLI's --virtual-time) time is the loop's: the wall
// clock reads kVirtualEpoch + loop time and the monotonic clocks the loop time, as the CPython
// oracle (shared/tools/cpython_vt.py) patches them; time.sleep() advances it.
constexpr double kVirtualEpoch = 1700000000.0;  // 2023-11-14 22:13:20 UTC

aio::EventLoop* virtual_loop(const VM& vm) {
  return vm.loop && vm.loop->clock() == aio::ClockKind::Virtual ? vm.loop : nullptr;
}

// The clocks are read with clock_gettime rather than std::chrono, whose clocks throw
// system_error on failure: that path links libc's printf into the wasm engine (4 KB gzipped).
timespec read_clock(clockid_t clock) {
  timespec now{};
  clock_gettime(clock, &now);
  return now;
}

double seconds_of(const timespec& t) {
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

std::int64_t nanoseconds_of(const timespec& t) {
  return static_cast<std::int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

double wall_seconds(const VM& vm) {
  if (const aio::EventLoop* loop = virtual_loop(vm)) return kVirtualEpoch + loop->time();
  return seconds_of(read_clock(CLOCK_REALTIME));
}

std::int64_t wall_nanoseconds(const VM& vm) {
  if (const aio::EventLoop* loop = virtual_loop(vm)) {
    return static_cast<std::int64_t>(kVirtualEpoch) * 1000000000 +
           std::llround(loop->time() * 1e9);
  }
  return nanoseconds_of(read_clock(CLOCK_REALTIME));
}

double monotonic_seconds(const VM& vm) {
  if (const aio::EventLoop* loop = virtual_loop(vm)) return loop->time();
  return seconds_of(read_clock(CLOCK_MONOTONIC));
}

std::int64_t monotonic_nanoseconds(const VM& vm) {
  if (const aio::EventLoop* loop = virtual_loop(vm)) return std::llround(loop->time() * 1e9);
  return nanoseconds_of(read_clock(CLOCK_MONOTONIC));
}

double process_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

Value time_time(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "time.time", 0, 0)) return {};
  return vm.make_float(wall_seconds(vm));
}

Value time_time_ns(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "time.time_ns", 0, 0)) return {};
  return vm.make_int(wall_nanoseconds(vm));
}

Value time_monotonic(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "time.monotonic", 0, 0)) return {};
  return vm.make_float(monotonic_seconds(vm));
}

Value time_monotonic_ns(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "time.monotonic_ns", 0, 0)) return {};
  return vm.make_int(monotonic_nanoseconds(vm));
}

Value time_perf_counter(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "time.perf_counter", 0, 0)) return {};
  return vm.make_float(monotonic_seconds(vm));
}

Value time_perf_counter_ns(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "time.perf_counter_ns", 0, 0)) return {};
  return vm.make_int(monotonic_nanoseconds(vm));
}

Value time_process_time(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "time.process_time", 0, 0)) return {};
  return vm.make_float(process_seconds());
}

Value time_process_time_ns(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "time.process_time_ns", 0, 0)) return {};
  return vm.make_int(std::llround(process_seconds() * 1e9));
}

// A duration in seconds as CPython's _PyTime_FromSecondsObject reads it: a float, or an int
// (through __index__), within the nanosecond range of int64.
bool seconds_argument(VM& vm, const Value& v, double& out) {
  if (vm.is_instance(v, vm.type(kFloatType))) {
    const double seconds = vm.float_value(v);
    if (std::isnan(seconds)) {
      vm.value_error("Invalid value NaN (not a number)");
      return false;
    }
    const double nanoseconds = seconds * 1e9;
    if (!(nanoseconds >= -9.2233720368547758e18 && nanoseconds < 9.2233720368547758e18)) {
      vm.raise(vm.exc().OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    out = seconds;
    return true;
  }
  num::BigInt seconds;
  if (!index_value(vm, v, seconds)) return false;
  constexpr std::int64_t kMaxSeconds = std::numeric_limits<std::int64_t>::max() / 1000000000;
  if (!seconds.fits_int64() || seconds.to_int64() > kMaxSeconds ||
      seconds.to_int64() < -kMaxSeconds) {
    vm.raise(vm.exc().OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  out = static_cast<double>(seconds.to_int64());
  return true;
}

// time.sleep(seconds). Under the virtual clock time just advances (nothing else runs, as the
// call blocks in CPython). Otherwise the host waits: it suspends the Python stack
// (HostRequest::Sleep) and resumes it with None; a nested call that cannot suspend blocks.
Value time_sleep(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "time.sleep", 1, 1)) return {};
  double seconds;
  if (!seconds_argument(vm, args[0], seconds)) return {};
  if (seconds < 0) return vm.value_error("sleep length must be non-negative");
  Interpreter& interpreter = vm.interpreter();
  if (seconds > 0 && in_green_thread(vm) && interpreter.can_suspend()) {
    // A green thread sleeps alone (TaskObject::outcome), on the virtual clock too.
    interpreter.host_request.kind = HostRequest::Kind::Sleep;
    interpreter.host_request.seconds = seconds;
    return Value();
  }
  if (aio::EventLoop* loop = virtual_loop(vm)) {
    loop->advance_virtual_time(seconds);
    return vm.none();
  }
  if (seconds == 0) return vm.none();
  if (interpreter.can_suspend()) {
    interpreter.host_request.kind = HostRequest::Kind::Sleep;
    interpreter.host_request.seconds = seconds;
    return Value();
  }
  std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
  return vm.none();
}

// ---- time: calendar ----------------------------------------------------------------------------

struct TimeState : VM::ModuleState {
  Type* struct_time = nullptr;
};

TimeState& time_state(const VM& vm) { return modules::module_state<TimeState>(vm); }

Value raise_errno(VM& vm, int error) {
  Value exception = vm.call(Value(vm.exc().OSError),
                            {vm.make_int(error), vm.make_str(std::string(std::strerror(error)))});
  if (!exception) return {};
  return raise_instance(vm, std::move(exception));
}

// A timestamp argument as time_t (CPython's _PyTime_ObjectToTime_t, rounding down); null or
// None: now.
bool timestamp_argument(VM& vm, const Value& v, std::time_t& out) {
  constexpr double kLow = static_cast<double>(std::numeric_limits<std::time_t>::min());
  auto out_of_range = [&] {
    vm.raise(vm.exc().OverflowError, "timestamp out of range for platform time_t");
    return false;
  };
  double seconds;
  if (!v || vm.is_none(v)) {
    seconds = std::floor(wall_seconds(vm));
  } else if (vm.is_instance(v, vm.type(kFloatType))) {
    seconds = std::floor(vm.float_value(v));
    if (std::isnan(seconds)) {
      vm.value_error("Invalid value NaN (not a number)");
      return false;
    }
  } else {
    num::BigInt n;
    if (!index_value(vm, v, n)) return false;
    if (!n.fits_int64()) return out_of_range();
    const std::int64_t whole = n.to_int64();
    if (whole < std::numeric_limits<std::time_t>::min() ||
        whole > std::numeric_limits<std::time_t>::max()) {
      return out_of_range();
    }
    out = static_cast<std::time_t>(whole);
    return true;
  }
  if (!(seconds >= kLow && seconds < -kLow)) return out_of_range();
  out = static_cast<std::time_t>(seconds);
  return true;
}

bool broken_down_time(VM& vm, std::time_t when, bool local, std::tm& out) {
  errno = 0;
  if ((local ? localtime_r(&when, &out) : gmtime_r(&when, &out)) != nullptr) return true;
  raise_errno(vm, errno ? errno : EINVAL);
  return false;
}

Value make_struct_time(VM& vm, const std::tm& tm) {
  auto* record = new StructSeq();
  record->set_user_tag(time_state(vm).struct_time->index);
  Value holder(record);
  record->items = {vm.make_int(std::int64_t{tm.tm_year} + 1900), vm.make_int(tm.tm_mon + 1),
                   vm.make_int(tm.tm_mday), vm.make_int(tm.tm_hour), vm.make_int(tm.tm_min),
                   vm.make_int(tm.tm_sec), vm.make_int((tm.tm_wday + 6) % 7),
                   vm.make_int(tm.tm_yday + 1), vm.make_int(tm.tm_isdst)};
  record->hidden = {tm.tm_zone ? vm.make_str(std::string_view(tm.tm_zone)) : vm.none(),
                    vm.make_int(static_cast<std::int64_t>(tm.tm_gmtoff))};
  return holder;
}

Value gmtime_or_localtime(VM& vm, CallArgs args, bool local) {
  if (!tuple_arity(vm, args, local ? "localtime" : "gmtime", 0, 1)) return {};
  std::time_t when;
  if (!timestamp_argument(vm, args.nargs ? args[0] : Value(), when)) return {};
  std::tm tm;
  if (!broken_down_time(vm, when, local, tm)) return {};
  return make_struct_time(vm, tm);
}

Value time_gmtime(VM& vm, CallArgs args) { return gmtime_or_localtime(vm, args, false); }
Value time_localtime(VM& vm, CallArgs args) { return gmtime_or_localtime(vm, args, true); }

// A time tuple or struct_time argument as a struct tm (CPython's gettmarg); `function` names the
// caller in "strftime(): illegal time tuple argument". The struct tm may point into `v`.
bool time_tuple_argument(VM& vm, const Value& v, std::string_view function, std::tm& out) {
  if (!is_tuple(vm, v)) {
    vm.type_error("Tuple or struct_time argument required");
    return false;
  }
  const std::vector<Value>& items = v.as<Tuple>()->items;
  if (items.size() != 9) {
    vm.type_error(std::string(function) + "(): illegal time tuple argument");
    return false;
  }
  int fields[9];
  for (std::size_t i = 0; i < 9; ++i) {
    if (!c_int_argument(vm, items[i], fields[i], true)) return false;
  }
  if (fields[0] < INT_MIN + 1900) {
    vm.raise(vm.exc().OverflowError, "year out of range");
    return false;
  }
  std::memset(&out, 0, sizeof out);
  out.tm_year = fields[0] - 1900;
  out.tm_mon = fields[1] - 1;
  out.tm_mday = fields[2];
  out.tm_hour = fields[3];
  out.tm_min = fields[4];
  out.tm_sec = fields[5];
  out.tm_wday = (fields[6] + 1) % 7;
  out.tm_yday = fields[7] - 1;
  out.tm_isdst = fields[8];
  // An exact struct_time also carries its zone.
  const auto* record = as_struct_seq(v.object());
  if (record && vm.type_of(v) == time_state(vm).struct_time && record->hidden.size() == 2) {
    const Value& zone = record->hidden[0];
    const Value& offset = record->hidden[1];
    if (!vm.is_none(zone)) {
      if (!vm.is_str(zone)) {
        vm.type_error("bad argument type for built-in operation");
        return false;
      }
      out.tm_zone = VM::str_text(zone).c_str();
    }
    if (!vm.is_none(offset)) {
      num::BigInt seconds;
      if (!index_value(vm, offset, seconds)) return false;
      if (!seconds.fits_int64()) {
        vm.raise(vm.exc().OverflowError, "Python int too large to convert to C long");
        return false;
      }
      out.tm_gmtoff = static_cast<long>(seconds.to_int64());
    }
  }
  return true;
}

// CPython's checktm, for strftime() and asctime(): zeros stand for the lowest valid value.
bool check_time_fields(VM& vm, std::tm& tm) {
  auto out_of_range = [&](const char* what) {
    vm.value_error(std::string(what) + " out of range");
    return false;
  };
  if (tm.tm_mon == -1) {
    tm.tm_mon = 0;
  } else if (tm.tm_mon < 0 || tm.tm_mon > 11) {
    return out_of_range("month");
  }
  if (tm.tm_mday == 0) {
    tm.tm_mday = 1;
  } else if (tm.tm_mday < 0 || tm.tm_mday > 31) {
    return out_of_range("day of month");
  }
  if (tm.tm_hour < 0 || tm.tm_hour > 23) return out_of_range("hour");
  if (tm.tm_min < 0 || tm.tm_min > 59) return out_of_range("minute");
  if (tm.tm_sec < 0 || tm.tm_sec > 61) return out_of_range("seconds");
  if (tm.tm_wday < 0) return out_of_range("day of week");
  if (tm.tm_yday == -1) {
    tm.tm_yday = 0;
  } else if (tm.tm_yday < 0 || tm.tm_yday > 365) {
    return out_of_range("day of year");
  }
  return true;
}

// The struct tm of an optional time tuple argument, or of the local time now.
bool time_argument_or_now(VM& vm, const CallArgs& args, std::string_view function,
                          std::tm& out) {
  if (args.nargs == 0) {
    std::time_t now;
    return timestamp_argument(vm, Value(), now) && broken_down_time(vm, now, true, out);
  }
  return time_tuple_argument(vm, args[0], function, out);
}

Value asctime_text(VM& vm, const std::tm& tm) {
  static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  // C's asctime layout, "%s %s%3d %.2d:%.2d:%.2d %lld", without printf.
  auto two_digits = [](int n) {
    return std::string{static_cast<char>('0' + n / 10), static_cast<char>('0' + n % 10)};
  };
  std::string day = std::to_string(tm.tm_mday);
  std::string text = std::string(kDays[tm.tm_wday]) + " " + kMonths[tm.tm_mon] +
                     std::string(day.size() < 3 ? 3 - day.size() : 0, ' ') + day + " " +
                     two_digits(tm.tm_hour) + ":" + two_digits(tm.tm_min) + ":" +
                     two_digits(tm.tm_sec) + " " + std::to_string(1900LL + tm.tm_year);
  return vm.make_str(text);
}

Value time_asctime(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "asctime", 0, 1)) return {};
  std::tm tm;
  if (!time_argument_or_now(vm, args, "asctime", tm) || !check_time_fields(vm, tm)) return {};
  return asctime_text(vm, tm);
}

Value time_ctime(VM& vm, CallArgs args) {
  if (!tuple_arity(vm, args, "ctime", 0, 1)) return {};
  std::time_t when;
  if (!timestamp_argument(vm, args.nargs ? args[0] : Value(), when)) return {};
  std::tm tm;
  if (!broken_down_time(vm, when, true, tm)) return {};
  return asctime_text(vm, tm);
}

Value time_mktime(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "time.mktime", 1, 1)) return {};
  std::tm tm;
  if (!time_tuple_argument(vm, args[0], "mktime", tm)) return {};
  tm.tm_wday = -1;  // mktime() sets it on success: -1 with a -1 result means failure
  const std::time_t when = std::mktime(&tm);
  if (when == static_cast<std::time_t>(-1) && tm.tm_wday == -1) {
    return vm.raise(vm.exc().OverflowError, "mktime argument out of range");
  }
  return vm.make_float(static_cast<double>(when));
}

Value time_strftime(VM& vm, CallArgs args) {
  if (!tuple_arity(vm, args, "strftime", 1, 2)) return {};
  if (!vm.is_str(args[0])) {
    return vm.type_error("strftime() argument 1 must be str, not " + type_name_of(vm, args[0]));
  }
  std::tm tm;
  if (!time_argument_or_now(vm, after_self(args), "strftime", tm) ||
      !check_time_fields(vm, tm)) {
    return {};
  }
  tm.tm_isdst = std::clamp(tm.tm_isdst, -1, 1);
  const std::string& format = VM::str_text(args[0]);
  if (format.find('\0') != std::string::npos) return vm.value_error("embedded null character");
  // strftime() returns 0 both for an empty result and a short buffer: grow it up to a bound.
  std::string buffer;
  for (std::size_t size = 1024;; size *= 2) {
    buffer.resize(size);
    const std::size_t length = std::strftime(buffer.data(), size, format.c_str(), &tm);
    if (length > 0 || size >= 256 * format.size()) {
      buffer.resize(length);
      break;
    }
  }
  return vm.make_str(std::move(buffer));
}

// time.timezone, altzone, daylight and tzname, from the local time in January and July (the
// way CPython computes them where tzname is not declared).
void add_timezone_constants(VM& vm, Module& module) {
  constexpr std::time_t kYear = (365 * 24 + 6) * 3600;
  std::time_t when = std::time(nullptr) / kYear * kYear;
  std::tm january{}, july{};
  localtime_r(&when, &january);
  when += kYear / 2;
  localtime_r(&when, &july);
  const long january_zone = -january.tm_gmtoff, july_zone = -july.tm_gmtoff;
  const std::string january_name = january.tm_zone ? january.tm_zone : "";
  const std::string july_name = july.tm_zone ? july.tm_zone : "";
  // In the southern hemisphere daylight saving time is in January.
  const bool southern = january_zone < july_zone;
  modules::add_value(vm, module, "timezone", vm.make_int(southern ? july_zone : january_zone));
  modules::add_value(vm, module, "altzone", vm.make_int(southern ? january_zone : july_zone));
  modules::add_value(vm, module, "daylight", vm.make_int(january_zone != july_zone ? 1 : 0));
  modules::add_value(vm, module, "tzname",
                     vm.make_tuple({vm.make_str(southern ? july_name : january_name),
                                    vm.make_str(southern ? january_name : july_name)}));
}

}  // namespace

// ---- builtins --------------------------------------------------------------------------------

void install_builtins_module(VM& vm) {
  Dict& builtins = *vm.builtins().as<Dict>();
  auto add = [&](std::string_view name, Value value) {
    vm.dict_set_item(builtins, name, std::move(value));
  };
  static constexpr std::pair<const char*, NativeFn> kFunctions[] = {
      {"abs", abs_function},
      {"aiter", aiter_function},
      {"all", all_function},
      {"anext", anext_function},
      {"any", any_function},
      {"ascii", ascii_function},
      {"bin", bin_function},
      {"callable", callable_function},
      {"chr", chr_function},
      {"compile", compile_function},
      {"delattr", delattr_function},
      {"dir", dir_function},
      {"divmod", divmod_function},
      {"eval", eval_function},
      {"exec", exec_function},
      {"format", format_function},
      {"getattr", getattr_function},
      {"globals", globals_function},
      {"hasattr", hasattr_function},
      {"hash", hash_function},
      {"hex", hex_function},
      {"id", id_function},
      {"input", input_function},
      {"isinstance", isinstance_function},
      {"issubclass", issubclass_function},
      {"iter", iter_function},
      {"len", len_function},
      {"locals", locals_function},
      {"max", max_function},
      {"min", min_function},
      {"next", next_function},
      {"oct", oct_function},
      {"ord", ord_function},
      {"pow", pow_function},
      {"print", print_function},
      {"repr", repr_function},
      {"round", round_function},
      {"setattr", setattr_function},
      {"sorted", sorted_function},
      {"sum", sum_function},
      {"vars", vars_function},
      {"__import__", import_function},
  };
  for (const auto& [name, fn] : kFunctions) add(name, vm.make_native(name, fn));
  add("__build_class__", build_class_function(vm));

  static constexpr std::pair<const char*, BuiltinTypeIndex> kTypes[] = {
      {"object", kObjectType},     {"type", kTypeType},
      {"int", kIntType},           {"float", kFloatType},
      {"bool", kBoolType},         {"str", kStrType},
      {"bytes", kBytesType},       {"tuple", kTupleType},
      {"list", kListType},         {"dict", kDictType},
      {"set", kSetType},           {"frozenset", kFrozenSetType},
      {"range", kRangeType},       {"slice", kSliceType},
      {"property", kPropertyType}, {"staticmethod", kStaticMethodType},
      {"classmethod", kClassMethodType}, {"super", kSuperType},
      {"complex", kComplexType},
  };
  for (const auto& [name, index] : kTypes) add(name, Value(vm.type(index)));
  add("enumerate", Value(make_iterator_class(vm, "enumerate", enumerate_new)));
  add("zip", Value(make_iterator_class(vm, "zip", zip_new)));
  add("map", Value(make_iterator_class(vm, "map", map_new)));
  add("filter", Value(make_iterator_class(vm, "filter", filter_new)));
  add("reversed", Value(make_iterator_class(vm, "reversed", reversed_new)));

  add("None", vm.none());
  add("True", vm.true_value());
  add("False", vm.false_value());
  add("NotImplemented", vm.not_implemented());
  add("Ellipsis", vm.ellipsis());
  add("__debug__", vm.true_value());
  install_exceptions(vm, builtins);

  make_streams(vm);
  Type* quitter = vm.new_builtin_type("Quitter", vm.type(kObjectType), Layout::Object,
                                      "_sitebuiltins");
  quitter->heap = true;  // its __repr__ and __call__ are found like a class's
  vm.add_method(quitter, "__repr__", quitter_repr);
  vm.add_method(quitter, "__call__", quitter_call);
  add("exit", make_quitter(vm, quitter, "exit"));
  add("quit", make_quitter(vm, quitter, "quit"));
}

// ---- sys -------------------------------------------------------------------------------------

// _traceback.format(exception, chain=True): the text the engine prints for an uncaught exception
// (its traceback and chain), which the library's traceback module cuts into CPython's pieces.
Value traceback_format(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "_traceback.format", 1, 2)) return {};
  if (!vm.is_instance(args[0], vm.exc().BaseException))
    return vm.type_error("_traceback.format() argument must be an exception");
  const int chain = args.nargs < 2 ? 1 : vm.truthy(args[1]);
  if (chain < 0) return {};
  return vm.make_str(format_exception(vm, args[0], chain != 0));
}

// _traceback.position(code, lasti): (lineno, end_lineno, colno, end_colno) of the instruction
// at CPython's offset lasti (code.co_positions()'s entry), None where it has none.
Value traceback_position(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "_traceback.position", 2, 2)) return {};
  std::int64_t lasti = -1;
  if (vm.type_index(args[0]) != kCodeType || !vm.is_int(args[1]) || !vm.to_int64(args[1], lasti))
    return vm.type_error("_traceback.position() expects a code object and an offset");
  const Code& code = *args[0].as<CodeObject>()->code;
  const auto instruction = static_cast<std::uint64_t>(lasti / 2);
  ast::Range r;
  if (lasti >= 0 && instruction < code.positions.size()) r = code.positions[instruction];
  auto number = [&](std::uint32_t n, bool known) { return known ? vm.make_int(n) : vm.none(); };
  return vm.make_tuple({number(r.line, r.line), number(r.end_line, r.line),
                        number(r.column, r.line), number(r.end_column, r.line)});
}

// _traceback.line(code, lineno): the line of the code's source with its newline, as
// linecache.getline gives it ('' when there is none).
Value traceback_line(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "_traceback.line", 2, 2)) return {};
  std::int64_t line = 0;
  if (vm.type_index(args[0]) != kCodeType || !vm.is_int(args[1]) || !vm.to_int64(args[1], line))
    return vm.type_error("_traceback.line() expects a code object and a line number");
  const Code& code = *args[0].as<CodeObject>()->code;
  if (!code.source || line < 1 || line > std::numeric_limits<std::uint32_t>::max())
    return vm.make_str(std::string_view());
  const std::string_view text = code.source->line(static_cast<std::uint32_t>(line));
  return vm.make_str(text.empty() ? std::string() : std::string(text) + "\n");
}

bool init_builtins(VM& vm, Module& module) {
  module.dict = vm.builtins();
  vm.dict_set_item(*module.dict.as<Dict>(), "__name__", module.name);
  return true;
}

bool init_traceback_native(VM& vm, Module& module) {
  // types.TracebackType and FrameType: the library's own frames are hidden, so it cannot get
  // them from an exception as Lib/types.py does.
  return modules::add_function(vm, module, "format", traceback_format) &&
         modules::add_function(vm, module, "position", traceback_position) &&
         modules::add_function(vm, module, "line", traceback_line) &&
         modules::add_function(vm, module, "anchors", traceback_anchors) &&
         modules::add_function(vm, module, "width", traceback_width) &&
         modules::add_value(vm, module, "TracebackType", Value(vm.type(kTracebackType))) &&
         modules::add_value(vm, module, "FrameType", Value(vm.type(kFrameType)));
}

bool init_sys(VM& vm, Module& module) {
  const Streams& streams = streams_of(vm);
  static constexpr std::pair<const char*, NativeFn> kFunctions[] = {
      {"exit", sys_exit},
      {"_getframe", sys_getframe},
      {"getrecursionlimit", sys_getrecursionlimit},
      {"setrecursionlimit", sys_setrecursionlimit},
      {"get_int_max_str_digits", sys_get_int_max_str_digits},
      {"set_int_max_str_digits", sys_set_int_max_str_digits},
      {"exc_info", sys_exc_info},
      {"exception", sys_exception},
      {"getdefaultencoding", sys_getdefaultencoding},
  };
  for (const auto& [name, fn] : kFunctions) {
    if (!modules::add_function(vm, module, name, fn)) return false;
  }
  return modules::add_value(vm, module, "argv",
                            vm.make_list({vm.make_str(std::string_view(""))})) &&
         modules::add_value(vm, module, "modules", vm.sys_modules()) &&
         modules::add_value(vm, module, "stdout", streams.out) &&
         modules::add_value(vm, module, "stderr", streams.err) &&
         modules::add_value(vm, module, "__stdout__", streams.out) &&
         modules::add_value(vm, module, "__stderr__", streams.err) &&
         modules::add_value(vm, module, "version",
                            vm.make_str(std::string_view("3.11.7 (attendable)"))) &&
         modules::add_value(vm, module, "version_info", make_version_info(vm)) &&
         modules::add_value(vm, module, "float_info", make_float_info(vm)) &&
         modules::add_value(vm, module, "platform",
                            vm.make_str(std::string_view(platform_name()))) &&
         modules::add_value(vm, module, "byteorder", vm.make_str(std::string_view("little"))) &&
         modules::add_value(vm, module, "maxsize",
                            vm.make_int(std::numeric_limits<std::int64_t>::max())) &&
         modules::add_value(vm, module, "maxunicode", vm.make_int(0x10FFFF));
}

// ---- time ------------------------------------------------------------------------------------

bool init_time(VM& vm, Module& module) {
  TimeState& state = time_state(vm);
  state.struct_time = make_structseq_type(
      vm, "struct_time", "time",
      {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
       "tm_isdst"},
      {"tm_zone", "tm_gmtoff"});
  static constexpr std::pair<const char*, NativeFn> kFunctions[] = {
      {"time", time_time},
      {"time_ns", time_time_ns},
      {"monotonic", time_monotonic},
      {"monotonic_ns", time_monotonic_ns},
      {"perf_counter", time_perf_counter},
      {"perf_counter_ns", time_perf_counter_ns},
      {"process_time", time_process_time},
      {"process_time_ns", time_process_time_ns},
      {"sleep", time_sleep},
      {"gmtime", time_gmtime},
      {"localtime", time_localtime},
      {"mktime", time_mktime},
      {"asctime", time_asctime},
      {"ctime", time_ctime},
      {"strftime", time_strftime},
  };
  for (const auto& [name, fn] : kFunctions) {
    if (!modules::add_function(vm, module, name, fn)) return false;
  }
  add_timezone_constants(vm, module);
  return modules::add_value(vm, module, "struct_time", Value(state.struct_time));
}

}  // namespace py
