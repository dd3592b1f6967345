// The match statement's run-time tests (Op::Match), as CPython 3.11's ceval.c does them for
// MATCH_SEQUENCE, MATCH_MAPPING, GET_LEN, MATCH_KEYS and MATCH_CLASS. Everything else a
// pattern does (comparisons, unpacking, `**rest`) is ordinary bytecode: see the compiler's
// "Compiling the match statement".
#include "vm/pattern_match.hpp"

#include "vm/vm.hpp"

namespace py {

namespace {

// CPython's Py_TPFLAGS_SEQUENCE: list, tuple, range, collections.deque and their subclasses
// (not str, bytes, bytearray: they are sequences that patterns take as single values).
bool is_sequence_type(const Type* type) {
  for (const Type* t : type->mro) {
    if (t->index == kListType || t->index == kTupleType || t->index == kRangeType) return true;
    if (!t->heap && t->name == "deque" && t->module == "collections") return true;
  }
  return false;
}

// Py_TPFLAGS_MAPPING: dict and its subclasses (Counter, OrderedDict, defaultdict), and the
// library's mappingproxy (types.MappingProxyType).
bool is_mapping_type(const Type* type) {
  for (const Type* t : type->mro) {
    if (t->index == kDictType) return true;
    if (t->name == "mappingproxy" && t->module == "builtins") return true;
  }
  return false;
}

// _Py_TPFLAGS_MATCH_SELF: `int(x)` matches the subject itself.
bool matches_self(const Type* type) {
  for (const Type* t : type->mro) {
    switch (t->index) {
      case kBoolType:
      case kBytesType:
      case kDictType:
      case kFloatType:
      case kFrozenSetType:
      case kIntType:
      case kListType:
      case kSetType:
      case kStrType:
      case kTupleType:
        return !t->heap;
      default:
        break;
    }
  }
  return false;
}

// PyObject_IsInstance for a class: its metaclass's __instancecheck__ first.
int instance_of(VM& vm, const Value& object, const Value& cls) {
  Type* type = cls.as<Type>();
  if (vm.type_of(object) == type) return 1;
  Type* metaclass = vm.type_of(cls);
  if (metaclass->heap) {
    if (Value check = vm.lookup_in_type(metaclass, "__instancecheck__")) {
      Value result = vm.call(check, {cls, object});
      return result ? vm.truthy(result) : -1;
    }
  }
  return vm.is_instance(object, type) ? 1 : 0;
}

// getattr(subject, name), null without an error when it has no such attribute; an attribute
// named twice is a TypeError.
Value class_attribute(VM& vm, const Value& subject, const Type* type, const Value& name,
                      std::vector<Value>& seen, bool& failed) {
  for (const Value& other : seen) {
    if (VM::str_text(other) == VM::str_text(name)) {
      vm.type_error(type->name + "() got multiple sub-patterns for attribute '" +
                    VM::str_text(name) + "'");
      failed = true;
      return Value();
    }
  }
  seen.push_back(name);
  Value attr = vm.get_attr_opt(subject, name);
  if (!attr && vm.has_pending_exception()) failed = true;
  return attr;
}

// A user class derived from or registered with collections.abc's Sequence or Mapping, which
// CPython marks with the same flags: asked only once a program has imported collections.abc.
bool abc_instance(VM& vm, const Value& subject, std::string_view abc) {
  if (!vm.type_of(subject)->heap) return false;
  Value module;
  if (vm.dict_get_str(*vm.sys_modules().as<Dict>(), vm.intern("collections.abc"), module) != 1)
    return false;
  Value cls = vm.get_attr_opt(module, vm.intern(abc));
  const int found = cls && vm.is_class(cls) ? instance_of(vm, subject, cls) : 0;
  if (found < 0 || vm.has_pending_exception()) vm.take_exception();
  return found == 1;
}

}  // namespace

bool match_is_sequence(VM& vm, const Value& subject) {
  return is_sequence_type(vm.type_of(subject)) || abc_instance(vm, subject, "Sequence");
}

bool match_is_mapping(VM& vm, const Value& subject) {
  return is_mapping_type(vm.type_of(subject)) || abc_instance(vm, subject, "Mapping");
}

Value match_keys(VM& vm, const Value& subject, const Value& keys) {
  const std::vector<Value> wanted = keys.as<Tuple>()->items;
  if (wanted.empty()) return vm.make_tuple({});
  Value get = vm.get_attr(subject, vm.intern("get"));
  if (!get) return Value();
  Value missing = vm.make_list();  // a sentinel only this call knows
  std::vector<Value> values;
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      int eq = vm.equal(wanted[i], wanted[j]);
      if (eq < 0) return Value();
      if (eq) {
        auto text = vm.repr_text(wanted[i]);
        if (!text) return Value();
        vm.value_error("mapping pattern checks duplicate key (" + *text + ")");
        return Value();
      }
    }
    Value v = vm.call(get, {wanted[i], missing});
    if (!v) return Value();
    if (v.is(missing)) return vm.none();
    values.push_back(std::move(v));
  }
  return vm.make_tuple(std::move(values));
}

Value match_class(VM& vm, const Value& subject, const Value& cls, std::uint32_t nargs,
                  const Value& names) {
  if (!vm.is_class(cls)) {
    vm.type_error("called match pattern must be a type");
    return Value();
  }
  int is = instance_of(vm, subject, cls);
  if (is < 0) return Value();
  if (!is) return vm.none();
  const Type* type = cls.as<Type>();
  std::vector<Value> seen, attrs;
  bool failed = false;
  if (nargs) {
    bool self = false;
    std::vector<Value> match_args;
    Value declared = vm.get_attr_opt(cls, vm.intern("__match_args__"));
    if (declared) {
      if (vm.type_index(declared) != kTupleType) {
        vm.type_error(type->name + ".__match_args__ must be a tuple (got " +
                      std::string(vm.type_name(declared)) + ")");
        return Value();
      }
      match_args = declared.as<Tuple>()->items;
    } else {
      if (vm.has_pending_exception()) return Value();
      self = matches_self(type);
    }
    std::size_t allowed = self ? 1 : match_args.size();
    if (allowed < nargs) {
      vm.type_error(type->name + "() accepts " + std::to_string(allowed) +
                    " positional sub-pattern" + (allowed == 1 ? "" : "s") + " (" +
                    std::to_string(nargs) + " given)");
      return Value();
    }
    if (self) {
      attrs.push_back(subject);
    } else {
      for (std::uint32_t i = 0; i < nargs; ++i) {
        const Value& name = match_args[i];
        if (vm.type_index(name) != kStrType) {
          vm.type_error("__match_args__ elements must be strings (got " +
                        std::string(vm.type_name(name)) + ")");
          return Value();
        }
        Value attr = class_attribute(vm, subject, type, name, seen, failed);
        if (!attr) return failed ? Value() : vm.none();
        attrs.push_back(std::move(attr));
      }
    }
  }
  for (const Value& name : names.as<Tuple>()->items) {
    Value attr = class_attribute(vm, subject, type, name, seen, failed);
    if (!attr) return failed ? Value() : vm.none();
    attrs.push_back(std::move(attr));
  }
  return vm.make_tuple(std::move(attrs));
}

}  // namespace py
