// The operator module: the operators as functions (operator.add, operator.lt...), with the
// getters itemgetter, attrgetter and methodcaller.
//
// Differences from CPython: the getters are natives bound to their arguments, so they print as
// built-in methods rather than "operator.itemgetter(1)", and cannot be subclassed.
#include "modules/modules.hpp"

namespace py {

namespace {

bool exact_args(VM& vm, const CallArgs& args, std::string_view name, std::size_t count) {
  if (!no_keywords(vm, args, name)) return false;
  if (args.nargs == count) return true;
  vm.type_error(std::string(name) + " expected " + std::to_string(count) + " argument" +
                (count == 1 ? "" : "s") + ", got " + std::to_string(args.nargs));
  return false;
}

template <int Op>
Value binary(VM& vm, CallArgs args) {
  static const char* names[] = {"add",    "sub",    "mul", "matmul", "truediv", "mod",     "pow",
                                "lshift", "rshift", "or_", "xor",    "and_",    "floordiv"};
  if (!exact_args(vm, args, names[Op], 2)) return Value();
  return vm.binary_op(args[0], args[1], Op);
}

template <int Op>
Value inplace(VM& vm, CallArgs args) {
  static const char* names[] = {"iadd", "isub", "imul",     "imatmul", "itruediv",
                                "imod", "ipow", "ilshift",  "irshift", "ior",
                                "ixor", "iand", "ifloordiv"};
  if (!exact_args(vm, args, names[Op], 2)) return Value();
  return vm.binary_op(args[0], args[1], Op + kInplaceOffset);
}

template <int Op>
Value compare(VM& vm, CallArgs args) {
  static const char* names[] = {"lt", "le", "eq", "ne", "gt", "ge"};
  if (!exact_args(vm, args, names[Op], 2)) return Value();
  return vm.rich_compare(args[0], args[1], Op);
}

template <int Op>
Value unary(VM& vm, CallArgs args) {
  static const char* names[] = {"neg", "pos", "invert"};
  if (!check_arity(vm, args, names[Op], 1, 1)) return Value();
  return vm.unary_op(args[0], Op);
}

Value truth(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "truth", 1, 1)) return Value();
  int r = vm.truthy(args[0]);
  return r < 0 ? Value() : vm.boolean(r);
}

Value not_(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "not_", 1, 1)) return Value();
  int r = vm.truthy(args[0]);
  return r < 0 ? Value() : vm.boolean(!r);
}

Value is_(VM& vm, CallArgs args) {
  if (!exact_args(vm, args, "is_", 2)) return Value();
  return vm.boolean(args[0].is(args[1]));
}

Value is_not(VM& vm, CallArgs args) {
  if (!exact_args(vm, args, "is_not", 2)) return Value();
  return vm.boolean(!args[0].is(args[1]));
}

Value contains(VM& vm, CallArgs args) {
  if (!exact_args(vm, args, "contains", 2)) return Value();
  int r = vm.contains(args[0], args[1]);
  return r < 0 ? Value() : vm.boolean(r);
}

Value concat(VM& vm, CallArgs args) {
  if (!exact_args(vm, args, "concat", 2)) return Value();
  Type* type = vm.type_of(args[0]);
  bool sequence = vm.lookup_in_type(type, "__getitem__") || type->layout == Layout::List ||
                  type->layout == Layout::Tuple || type->layout == Layout::Str ||
                  type->layout == Layout::Bytes;
  if (!sequence) {
    return vm.type_error("'" + std::string(vm.type_name(args[0])) +
                         "' object can't be concatenated");
  }
  return vm.binary_op(args[0], args[1], kAdd);
}

Value getitem(VM& vm, CallArgs args) {
  if (!exact_args(vm, args, "getitem", 2)) return Value();
  return vm.get_item(args[0], args[1]);
}

Value setitem(VM& vm, CallArgs args) {
  if (!exact_args(vm, args, "setitem", 3)) return Value();
  return vm.set_item(args[0], args[1], args[2]) ? vm.none() : Value();
}

Value delitem(VM& vm, CallArgs args) {
  if (!exact_args(vm, args, "delitem", 2)) return Value();
  return vm.del_item(args[0], args[1]) ? vm.none() : Value();
}

Value index(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "index", 1, 1)) return Value();
  if (vm.is_int(args[0])) return args[0];
  Value method = vm.lookup_in_type(vm.type_of(args[0]), "__index__");
  if (!method) {
    return vm.type_error("'" + std::string(vm.type_name(args[0])) +
                         "' object cannot be interpreted as an integer");
  }
  return vm.call(method, {args[0]});
}

Value count_of(VM& vm, CallArgs args) {
  if (!exact_args(vm, args, "countOf", 2)) return Value();
  std::int64_t count = 0;
  bool ok = vm.for_each(args[0], [&](Value item) {
    int r = item.is(args[1]) ? 1 : vm.equal(item, args[1]);
    if (r < 0) return false;
    count += r;
    return true;
  });
  return ok && !vm.has_pending_exception() ? vm.make_int(count) : Value();
}

Value index_of(VM& vm, CallArgs args) {
  if (!exact_args(vm, args, "indexOf", 2)) return Value();
  std::int64_t position = 0, found = -1;
  bool ok = vm.for_each(args[0], [&](Value item) {
    int r = item.is(args[1]) ? 1 : vm.equal(item, args[1]);
    if (r < 0) return false;
    if (r) {
      found = position;
      return false;
    }
    ++position;
    return true;
  });
  if (!ok || vm.has_pending_exception()) return Value();
  if (found < 0) return vm.value_error("sequence.index(x): x not in sequence");
  return vm.make_int(found);
}

// ---- The getters: natives whose bound self holds their arguments ----------------------------

Value call_itemgetter(VM& vm, CallArgs args) {
  const auto& keys = args[0].as<Tuple>()->items;
  if (!exact_args(vm,
                  CallArgs{args.args + 1, args.nargs - 1, args.kwvalues, args.kwnames, args.nkw},
                  "itemgetter", 1)) {
    return Value();
  }
  if (keys.size() == 1) return vm.get_item(args[1], keys[0]);
  std::vector<Value> items;
  for (const Value& key : keys) {
    Value item = vm.get_item(args[1], key);
    if (!item) return Value();
    items.push_back(std::move(item));
  }
  return vm.make_tuple(std::move(items));
}

Value itemgetter(VM& vm, CallArgs args) {
  if (!no_keywords(vm, args, "itemgetter")) return Value();
  if (args.nargs == 0) return vm.type_error("itemgetter expected 1 argument, got 0");
  Value keys = vm.make_tuple(std::vector<Value>(args.args, args.args + args.nargs));
  return vm.make_native("itemgetter", call_itemgetter, keys);
}

// getattr along a dotted name ("a.b.c").
Value get_dotted(VM& vm, Value object, const std::string& dotted) {
  std::size_t start = 0;
  for (;;) {
    std::size_t dot = dotted.find('.', start);
    object = vm.get_attr(object, vm.intern(dotted.substr(start, dot - start)));
    if (!object || dot == std::string::npos) return object;
    start = dot + 1;
  }
}

Value call_attrgetter(VM& vm, CallArgs args) {
  const auto& names = args[0].as<Tuple>()->items;
  if (!exact_args(vm,
                  CallArgs{args.args + 1, args.nargs - 1, args.kwvalues, args.kwnames, args.nkw},
                  "attrgetter", 1)) {
    return Value();
  }
  if (names.size() == 1) return get_dotted(vm, args[1], VM::str_text(names[0]));
  std::vector<Value> values;
  for (const Value& name : names) {
    Value value = get_dotted(vm, args[1], VM::str_text(name));
    if (!value) return Value();
    values.push_back(std::move(value));
  }
  return vm.make_tuple(std::move(values));
}

Value attrgetter(VM& vm, CallArgs args) {
  if (!no_keywords(vm, args, "attrgetter")) return Value();
  if (args.nargs == 0) return vm.type_error("attrgetter expected 1 argument, got 0");
  for (std::uint32_t i = 0; i < args.nargs; ++i) {
    if (!vm.is_str(args[i])) return vm.type_error("attribute name must be a string");
  }
  Value names = vm.make_tuple(std::vector<Value>(args.args, args.args + args.nargs));
  return vm.make_native("attrgetter", call_attrgetter, names);
}

// self: (name, positional tuple, keyword names tuple, keyword values tuple).
Value call_methodcaller(VM& vm, CallArgs args) {
  const auto& state = args[0].as<Tuple>()->items;
  if (!exact_args(vm,
                  CallArgs{args.args + 1, args.nargs - 1, args.kwvalues, args.kwnames, args.nkw},
                  "methodcaller", 1)) {
    return Value();
  }
  Value method = vm.get_attr(args[1], state[0]);
  if (!method) return Value();
  const auto& positional = state[1].as<Tuple>()->items;
  const auto& names = state[2].as<Tuple>()->items;
  const auto& values = state[3].as<Tuple>()->items;
  return vm.call(method,
                 CallArgs{positional.data(), static_cast<std::uint32_t>(positional.size()),
                          values.data(), names.data(), static_cast<std::uint32_t>(names.size())});
}

Value methodcaller(VM& vm, CallArgs args) {
  if (args.nargs == 0)
    return vm.type_error("methodcaller needs at least one argument, the method name");
  if (!vm.is_str(args[0])) return vm.type_error("method name must be a string");
  Value state =
      vm.make_tuple({vm.intern(VM::str_text(args[0])),
                     vm.make_tuple(std::vector<Value>(args.args + 1, args.args + args.nargs)),
                     vm.make_tuple(std::vector<Value>(args.kwnames, args.kwnames + args.nkw)),
                     vm.make_tuple(std::vector<Value>(args.kwvalues, args.kwvalues + args.nkw))});
  return vm.make_native("methodcaller", call_methodcaller, state);
}

struct OperatorFunction {
  const char* name;
  NativeFn fn;
  bool has_dunder;  // also exported as __name__ (operator.__add__)
};

constexpr OperatorFunction kFunctions[] = {
    {"add", binary<kAdd>, true},
    {"sub", binary<kSub>, true},
    {"mul", binary<kMul>, true},
    {"matmul", binary<kMatMul>, true},
    {"truediv", binary<kTrueDiv>, true},
    {"floordiv", binary<kFloorDiv>, true},
    {"mod", binary<kMod>, true},
    {"pow", binary<kPow>, true},
    {"lshift", binary<kLShift>, true},
    {"rshift", binary<kRShift>, true},
    {"or_", binary<kOr>, false},
    {"xor", binary<kXor>, true},
    {"and_", binary<kAnd>, false},
    {"iadd", inplace<kAdd>, true},
    {"isub", inplace<kSub>, true},
    {"imul", inplace<kMul>, true},
    {"imatmul", inplace<kMatMul>, true},
    {"itruediv", inplace<kTrueDiv>, true},
    {"ifloordiv", inplace<kFloorDiv>, true},
    {"imod", inplace<kMod>, true},
    {"ipow", inplace<kPow>, true},
    {"ilshift", inplace<kLShift>, true},
    {"irshift", inplace<kRShift>, true},
    {"ior", inplace<kOr>, true},
    {"ixor", inplace<kXor>, true},
    {"iand", inplace<kAnd>, true},
    {"lt", compare<kLt>, true},
    {"le", compare<kLe>, true},
    {"eq", compare<kEq>, true},
    {"ne", compare<kNe>, true},
    {"gt", compare<kGt>, true},
    {"ge", compare<kGe>, true},
    {"neg", unary<kNeg>, true},
    {"pos", unary<kPos>, true},
    {"invert", unary<kInvert>, true},
    {"inv", unary<kInvert>, true},
    {"not_", not_, false},
    {"truth", truth, false},
    {"is_", is_, false},
    {"is_not", is_not, false},
    {"contains", contains, true},
    {"concat", concat, true},
    {"getitem", getitem, true},
    {"setitem", setitem, true},
    {"delitem", delitem, true},
    {"index", index, true},
    {"countOf", count_of, false},
    {"indexOf", index_of, false},
    {"itemgetter", itemgetter, false},
    {"attrgetter", attrgetter, false},
    {"methodcaller", methodcaller, false},
};

}  // namespace

bool init_operator(VM& vm, Module& module) {
  for (const OperatorFunction& function : kFunctions) {
    if (!modules::add_function(vm, module, function.name, function.fn)) return false;
    if (function.has_dunder &&
        !modules::add_function(vm, module, "__" + std::string(function.name) + "__", function.fn)) {
      return false;
    }
  }
  // operator.abs is the built-in abs.
  Value abs = vm.dict_get_item(*vm.builtins().as<Dict>(), "abs");
  return abs && modules::add_value(vm, module, "abs", abs) &&
         modules::add_value(vm, module, "__abs__", abs) &&
         modules::add_function(vm, module, "__not__", not_) &&
         modules::add_function(vm, module, "__and__", binary<kAnd>) &&
         modules::add_function(vm, module, "__or__", binary<kOr>);
}

}  // namespace py
