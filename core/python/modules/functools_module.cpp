// functools, as CPython 3.11's Modules/_functoolsmodule.c and Lib/functools.py: reduce,
// partial, update_wrapper / wraps, lru_cache / cache, cmp_to_key, total_ordering and
// cached_property, with the same results, cache statistics, reprs and error messages.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "modules/modules.hpp"

namespace py {
namespace {

using modules::after_self;

struct FunctoolsTypes {
  Type* partial = nullptr;
  Type* lru_wrapper = nullptr;
  Type* key_wrapper = nullptr;
  Type* cache_info = nullptr;
};

FunctoolsTypes& types_of(const VM& vm) {
  return modules::module_state<FunctoolsTypes>(vm);
}

Dict& dict_of(const Value& v) {
  return *v.as<Dict>();
}

// ---- reduce ------------------------------------------------------------------------------------

Value reduce(VM& vm, CallArgs args) {
  if (!no_keywords(vm, args, "reduce")) return {};
  if (args.nargs < 2 || args.nargs > 3) {
    return vm.type_error(std::string("reduce expected at ") +
                         (args.nargs < 2 ? "least 2" : "most 3") + " arguments, got " +
                         std::to_string(args.nargs));
  }
  Value it = vm.iter(args[1]);
  if (!it) {
    if (vm.pending_is(vm.exc().TypeError)) {
      vm.take_exception();
      vm.type_error("reduce() arg 2 must support iteration");
    }
    return {};
  }
  Value result = args.nargs == 3 ? args[2] : Value();
  for (;;) {
    Value item = vm.next(it);
    if (!item) {
      if (vm.has_pending_exception()) return {};
      break;
    }
    result = result ? vm.call(args[0], {result, item}) : item;
    if (!result) return {};
  }
  if (!result) return vm.type_error("reduce() of empty iterable with no initial value");
  return result;
}

// ---- partial -----------------------------------------------------------------------------------

// An Instance, so that partial objects (and subclasses) have a __dict__ as in CPython.
struct PartialObject : Instance {
  Value func;
  Value args;      // Tuple
  Value keywords;  // Dict
};

PartialObject& partial_of(const Value& v) {
  return *v.as<PartialObject>();
}

Value make_partial(VM& vm, Type* type, Value func, std::vector<Value> args, Value keywords) {
  auto* partial = new PartialObject;
  partial->set_user_tag(type->index);
  partial->func = std::move(func);
  partial->args = vm.make_tuple(std::move(args));
  partial->keywords = std::move(keywords);
  return Value(partial);
}

// Keyword arguments as a call takes them: interned names and their values.
struct Keywords {
  std::vector<Value> names, values;
  void set(VM& vm, const Value& name, const Value& value) {
    const std::string& text = VM::str_text(name);
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (VM::str_text(names[i]) == text) {
        values[i] = value;
        return;
      }
    }
    names.push_back(vm.intern(text));
    values.push_back(value);
  }
};

Value partial_new(VM& vm, CallArgs args) {
  Type* cls = args[0].as<Type>();
  if (args.nargs < 2) return vm.type_error("type 'partial' takes at least one argument");
  Value func = args[1];
  if (!vm.is_callable(func)) return vm.type_error("the first argument must be callable");
  std::vector<Value> positional;
  Value keywords = vm.make_dict();
  // partial(partial(f, a), b) is partial(f, a, b), unless the inner one has attributes.
  if (vm.is_instance(func, types_of(vm).partial)) {
    PartialObject& inner = partial_of(func);
    if (!inner.dict || dict_of(inner.dict).used == 0) {
      positional = inner.args.as<Tuple>()->items;
      for (const DictEntry& entry : dict_of(inner.keywords).entries) {
        if (entry.key && !vm.dict_set(dict_of(keywords), entry.key, entry.value)) return {};
      }
      func = inner.func;
    }
  }
  positional.insert(positional.end(), args.args + 2, args.args + args.nargs);
  for (std::uint32_t i = 0; i < args.nkw; ++i) {
    if (!vm.dict_set(dict_of(keywords), args.kwnames[i], args.kwvalues[i])) return {};
  }
  return make_partial(vm, cls, func, std::move(positional), keywords);
}

Value partial_call(VM& vm, CallArgs args) {
  PartialObject& self = partial_of(args[0]);
  std::vector<Value> positional = self.args.as<Tuple>()->items;
  positional.insert(positional.end(), args.args + 1, args.args + args.nargs);
  Keywords keywords;
  for (const DictEntry& entry : dict_of(self.keywords).entries) {
    if (entry.key) keywords.set(vm, entry.key, entry.value);
  }
  for (std::uint32_t i = 0; i < args.nkw; ++i) keywords.set(vm, args.kwnames[i], args.kwvalues[i]);
  Value func = self.func;  // the call may replace the partial's state
  return vm.call(func, CallArgs{positional.data(), static_cast<std::uint32_t>(positional.size()),
                                keywords.values.data(), keywords.names.data(),
                                static_cast<std::uint32_t>(keywords.names.size())});
}

// functools.partial(<function f at 0x...>, 1, a=2); a subclass shows its own name.
Value partial_repr(VM& vm, CallArgs args) {
  modules::ReprGuard guard(args[0].object());
  if (guard.recursive()) return vm.make_str(std::string("..."));
  PartialObject& self = partial_of(args[0]);
  Type* type = vm.type_of(args[0]);
  std::string text = type == types_of(vm).partial ? "functools.partial(" : type->name + "(";
  auto func_text = vm.repr_text(self.func);
  if (!func_text) return {};
  text += *func_text;
  for (const Value& arg : std::vector<Value>(self.args.as<Tuple>()->items)) {
    auto arg_text = vm.repr_text(arg);
    if (!arg_text) return {};
    text += ", " + *arg_text;
  }
  for (const DictEntry& entry : std::vector<DictEntry>(dict_of(self.keywords).entries)) {
    if (!entry.key) continue;
    auto key_text = vm.str_text_of(entry.key);
    auto value_text = key_text ? vm.repr_text(entry.value) : std::nullopt;
    if (!value_text) return {};
    text += ", " + *key_text + "=" + *value_text;
  }
  return vm.make_str(text + ")");
}

Value partial_func(VM&, CallArgs args) {
  return partial_of(args[0]).func;
}
Value partial_args(VM&, CallArgs args) {
  return partial_of(args[0]).args;
}
Value partial_keywords(VM&, CallArgs args) {
  return partial_of(args[0]).keywords;
}

// ---- update_wrapper, wraps ---------------------------------------------------------------------

Value names_tuple(VM& vm, std::initializer_list<std::string_view> names) {
  std::vector<Value> items;
  for (std::string_view name : names) items.push_back(vm.intern(name));
  return vm.make_tuple(std::move(items));
}

Value wrapper_assignments(VM& vm) {
  return names_tuple(vm, {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"});
}

Value wrapper_updates(VM& vm) {
  return names_tuple(vm, {"__dict__"});
}

// Lib/functools.update_wrapper: copies the `assigned` attributes that wrapped has, updates the
// `updated` ones (dicts), and sets __wrapped__.
Value update_wrapper_impl(VM& vm, const Value& wrapper, const Value& wrapped, const Value& assigned,
                          const Value& updated) {
  bool ok = vm.for_each(assigned, [&](Value attr) {
    Value name = vm.intern(VM::str_text(attr));
    Value value = vm.get_attr_opt(wrapped, name);
    if (!value) return !vm.has_pending_exception();
    return vm.set_attr(wrapper, name, value);
  });
  ok = ok && vm.for_each(updated, [&](Value attr) {
    Value name = vm.intern(VM::str_text(attr));
    Value target = vm.get_attr(wrapper, name);
    if (!target) return false;
    Value source = vm.get_attr_opt(wrapped, name);
    if (!source) {
      if (vm.has_pending_exception()) return false;
      source = vm.make_dict();
    }
    return static_cast<bool>(vm.call_method(target, "update", {source}));
  });
  if (!ok || !vm.set_attr(wrapper, vm.intern("__wrapped__"), wrapped)) return {};
  return wrapper;
}

Value update_wrapper(VM& vm, CallArgs args) {
  Value bound[4];
  if (!bind_args(vm, args, "update_wrapper", {"wrapper", "wrapped", "assigned", "updated"}, 2,
                 bound)) {
    return {};
  }
  return update_wrapper_impl(vm, bound[0], bound[1], bound[2] ? bound[2] : wrapper_assignments(vm),
                             bound[3] ? bound[3] : wrapper_updates(vm));
}

// wraps(wrapped) is partial(update_wrapper, wrapped=wrapped, assigned=..., updated=...).
Value wraps(VM& vm, CallArgs args) {
  Value bound[3];
  if (!bind_args(vm, args, "wraps", {"wrapped", "assigned", "updated"}, 1, bound)) return {};
  Value keywords = vm.make_dict();
  Dict& dict = dict_of(keywords);
  vm.dict_set(dict, vm.intern("wrapped"), bound[0]);
  vm.dict_set(dict, vm.intern("assigned"), bound[1] ? bound[1] : wrapper_assignments(vm));
  vm.dict_set(dict, vm.intern("updated"), bound[2] ? bound[2] : wrapper_updates(vm));
  return make_partial(vm, types_of(vm).partial, vm.make_native("update_wrapper", update_wrapper),
                      {}, keywords);
}

// ---- lru_cache ---------------------------------------------------------------------------------

// _lru_cache_wrapper. The cache dict is kept in recency order, least recently used first: a
// hit moves its key to the end, and a full cache evicts its first key.
struct LruCacheWrapper : Instance {
  Value func;
  Value cache;                // Dict: key -> result
  std::int64_t maxsize = -1;  // -1: unbounded
  bool typed = false;
  std::int64_t hits = 0, misses = 0;
};

LruCacheWrapper& lru_of(const Value& v) {
  return *v.as<LruCacheWrapper>();
}

// The cache key of a call: its arguments, then a marker and the keyword names and values,
// then (typed) the types of all the values.
Value make_key(VM& vm, CallArgs call, bool typed) {
  std::vector<Value> key(call.args, call.args + call.nargs);
  if (call.nkw) {
    key.push_back(Value(types_of(vm).lru_wrapper));  // an object no argument can equal
    for (std::uint32_t i = 0; i < call.nkw; ++i) {
      key.push_back(call.kwnames[i]);
      key.push_back(call.kwvalues[i]);
    }
  }
  if (typed) {
    for (std::uint32_t i = 0; i < call.nargs; ++i) key.push_back(Value(vm.type_of(call.args[i])));
    for (std::uint32_t i = 0; i < call.nkw; ++i) key.push_back(Value(vm.type_of(call.kwvalues[i])));
  }
  return vm.make_tuple(std::move(key));
}

Value lru_call(VM& vm, CallArgs args) {
  Value self_value = args[0];  // keeps the wrapper alive through the call
  LruCacheWrapper& self = lru_of(self_value);
  const CallArgs call = after_self(args);
  if (self.maxsize == 0) {
    ++self.misses;
    return vm.call(self.func, call);
  }
  Value key = make_key(vm, call, self.typed);
  Value cache = self.cache;
  Value result;
  int found = vm.dict_get(dict_of(cache), key, result);
  if (found < 0) return {};
  if (found) {
    ++self.hits;
    if (self.maxsize > 0 &&
        (vm.dict_del(dict_of(cache), key) < 0 || !vm.dict_set(dict_of(cache), key, result))) {
      return {};
    }
    return result;
  }
  ++self.misses;
  result = vm.call(self.func, call);
  if (!result) return {};
  if (self.maxsize > 0) {
    Value unused;
    found = vm.dict_get(dict_of(cache), key, unused);
    if (found != 0) return found < 0 ? Value() : result;  // the call cached it already
    Dict& dict = dict_of(cache);
    if (static_cast<std::int64_t>(dict.used) >= self.maxsize) {
      Value oldest;
      for (const DictEntry& entry : dict.entries) {
        if (entry.key) {
          oldest = entry.key;
          break;
        }
      }
      if (oldest && vm.dict_del(dict, oldest) < 0) return {};
    }
  }
  return vm.dict_set(dict_of(cache), key, result) ? result : Value();
}

Value maxsize_value(VM& vm, const LruCacheWrapper& self) {
  return self.maxsize < 0 ? vm.none() : vm.make_int(self.maxsize);
}

Value lru_cache_info(VM& vm, CallArgs args) {
  const LruCacheWrapper& self = lru_of(args[0]);
  return vm.call(Value(types_of(vm).cache_info),
                 {vm.make_int(self.hits), vm.make_int(self.misses), maxsize_value(vm, self),
                  vm.make_int(static_cast<std::int64_t>(dict_of(self.cache).used))});
}

Value lru_cache_clear(VM& vm, CallArgs args) {
  LruCacheWrapper& self = lru_of(args[0]);
  self.hits = self.misses = 0;
  vm.dict_clear(dict_of(self.cache));
  return vm.none();
}

Value lru_cache_parameters(VM& vm, CallArgs args) {
  const LruCacheWrapper& self = lru_of(args[0]);
  Value parameters = vm.make_dict();
  vm.dict_set_item(dict_of(parameters), "maxsize", maxsize_value(vm, self));
  vm.dict_set_item(dict_of(parameters), "typed", vm.boolean(self.typed));
  return parameters;
}

// A descriptor, so that a cached function in a class body becomes a method.
Value lru_get(VM& vm, CallArgs args) {
  if (args.nargs < 2 || vm.is_none(args[1])) return args[0];
  return vm.make_bound_method(args[0], args[1]);
}

Value lru_copy(VM&, CallArgs args) {
  return args[0];
}

// _lru_cache_wrapper(user_function, maxsize, typed), with update_wrapper applied.
Value make_lru_wrapper(VM& vm, const Value& func, const Value& maxsize, const Value& typed) {
  if (!vm.is_callable(func)) return vm.type_error("the first argument must be callable");
  int is_typed = vm.truthy(typed);
  if (is_typed < 0) return {};
  auto* wrapper = new LruCacheWrapper;
  Value result(wrapper);
  wrapper->set_user_tag(types_of(vm).lru_wrapper->index);
  wrapper->func = func;
  wrapper->cache = vm.make_dict();
  wrapper->typed = is_typed;
  if (!vm.is_none(maxsize)) {
    if (!vm.to_index(maxsize, wrapper->maxsize)) return {};
    wrapper->maxsize = std::max<std::int64_t>(wrapper->maxsize, 0);
  }
  return update_wrapper_impl(vm, result, func, wrapper_assignments(vm), wrapper_updates(vm));
}

// The decorator lru_cache(maxsize, typed) returns: made with (maxsize, typed) as its self.
Value lru_decorate(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "decorating_function", 1, 1)) return {};
  const auto& parameters = args[0].as<Tuple>()->items;
  return make_lru_wrapper(vm, args[1], parameters[0], parameters[1]);
}

Value lru_cache(VM& vm, CallArgs args) {
  Value bound[2];
  if (!bind_args(vm, args, "lru_cache", {"maxsize", "typed"}, 0, bound)) return {};
  Value maxsize = bound[0] ? bound[0] : Value::small(128);
  Value typed = bound[1] ? bound[1] : vm.false_value();
  if (vm.is_int(maxsize)) {
    Value negative = vm.rich_compare(maxsize, Value::small(0), kLt);
    if (!negative) return {};
    if (negative.is(vm.true_value())) maxsize = Value::small(0);
  } else if (vm.is_callable(maxsize) && vm.type_index(typed) == kBoolType) {
    return make_lru_wrapper(vm, maxsize, Value::small(128), typed);  // @lru_cache
  } else if (!vm.is_none(maxsize)) {
    return vm.type_error("Expected first argument to be an integer, a callable, or None");
  }
  return vm.make_native("decorating_function", lru_decorate, vm.make_tuple({maxsize, typed}));
}

Value cache(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "cache", 1, 1)) return {};
  return make_lru_wrapper(vm, args[0], vm.none(), vm.false_value());
}

// ---- cmp_to_key --------------------------------------------------------------------------------

struct KeyObject : Object {
  Value cmp;
  Value obj;  // null in the K class cmp_to_key returns
};

Value new_key(VM& vm, Value cmp, Value obj) {
  auto* key = new KeyObject;
  key->set_user_tag(types_of(vm).key_wrapper->index);
  key->cmp = std::move(cmp);
  key->obj = std::move(obj);
  return Value(key);
}

Value cmp_to_key(VM& vm, CallArgs args) {
  Value cmp;
  if (!bind_args(vm, args, "cmp_to_key", {"mycmp"}, 1, &cmp)) return {};
  return new_key(vm, cmp, Value());
}

Value key_call(VM& vm, CallArgs args) {
  Value obj;
  if (!bind_args(vm, after_self(args), "K", {"obj"}, 1, &obj)) return {};
  return new_key(vm, args[0].as<KeyObject>()->cmp, obj);
}

Value key_obj(VM& vm, CallArgs args) {
  const Value& obj = args[0].as<KeyObject>()->obj;
  return obj ? obj : vm.raise(vm.exc().AttributeError, "obj");
}

template <int op>
Value key_compare(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "K comparison", 1, 1)) return {};
  if (vm.type_of(args[1]) != vm.type_of(args[0])) {
    return vm.type_error("other argument must be K instance");
  }
  const KeyObject &self = *args[0].as<KeyObject>(), &other = *args[1].as<KeyObject>();
  if (!self.obj || !other.obj) return vm.raise(vm.exc().AttributeError, "object");
  Value result = vm.call(self.cmp, {self.obj, other.obj});
  return result ? vm.rich_compare(result, Value::small(0), op) : Value();
}

// ---- total_ordering ----------------------------------------------------------------------------

// How a derived comparison combines the root's result r with == or != (Lib/functools.py).
enum class Derive { Not, NotAndNe, OrEq, NotOrEq, AndNe };

constexpr std::string_view dunder(int op) {
  switch (op) {
    case kLt:
      return "__lt__";
    case kLe:
      return "__le__";
    case kGt:
      return "__gt__";
    default:
      return "__ge__";
  }
}

// e.g. _gt_from_lt: `r = type(self).__lt__(self, other); return not r and self != other`.
template <int root, Derive derive>
Value derived_compare(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, dunder(root), 2, 2)) return {};
  const Value &self = args[0], &other = args[1];
  Value method = vm.get_attr(Value(vm.type_of(self)), dunder(root));
  Value result = method ? vm.call(method, {self, other}) : Value();
  if (!result || result.is(vm.not_implemented())) return result;
  int truth = vm.truthy(result);
  if (truth < 0) return {};
  switch (derive) {
    case Derive::Not:
      return vm.boolean(!truth);
    case Derive::NotAndNe:
      return truth ? vm.false_value() : vm.rich_compare(self, other, kNe);
    case Derive::OrEq:
      return truth ? result : vm.rich_compare(self, other, kEq);
    case Derive::NotOrEq:
      return truth ? vm.rich_compare(self, other, kEq) : vm.true_value();
    case Derive::AndNe:
      return truth ? vm.rich_compare(self, other, kNe) : result;
  }
  return {};
}

struct DerivedMethod {
  int op;
  NativeFn fn;
};

// _convert: for each root, the three comparisons it defines.
const DerivedMethod* conversions(int root) {
  static const DerivedMethod from_lt[] = {{kGt, derived_compare<kLt, Derive::NotAndNe>},
                                          {kLe, derived_compare<kLt, Derive::OrEq>},
                                          {kGe, derived_compare<kLt, Derive::Not>}};
  static const DerivedMethod from_le[] = {{kGe, derived_compare<kLe, Derive::NotOrEq>},
                                          {kLt, derived_compare<kLe, Derive::AndNe>},
                                          {kGt, derived_compare<kLe, Derive::Not>}};
  static const DerivedMethod from_gt[] = {{kLt, derived_compare<kGt, Derive::NotAndNe>},
                                          {kGe, derived_compare<kGt, Derive::OrEq>},
                                          {kLe, derived_compare<kGt, Derive::Not>}};
  static const DerivedMethod from_ge[] = {{kLe, derived_compare<kGe, Derive::NotOrEq>},
                                          {kGt, derived_compare<kGe, Derive::AndNe>},
                                          {kLt, derived_compare<kGe, Derive::Not>}};
  switch (root) {
    case kLt:
      return from_lt;
    case kLe:
      return from_le;
    case kGt:
      return from_gt;
    default:
      return from_ge;
  }
}

// Whether the class defines (or inherits from a class other than object) the comparison.
bool defines(VM& vm, const Type* cls, int op) {
  Value name = vm.intern(dunder(op));
  for (const Type* type : cls->mro) {
    if (type == vm.type(kObjectType)) continue;
    Value unused;
    if (vm.dict_get_str(*type->dict.as<Dict>(), name, unused) == 1) return true;
  }
  return false;
}

Value total_ordering(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "total_ordering", 1, 1)) return {};
  const Value& cls = args[0];
  if (vm.type_index(cls) != kTypeType && !vm.is_instance(cls, vm.type(kTypeType))) {
    return vm.type_error("total_ordering() argument must be a class");
  }
  Type* type = cls.as<Type>();
  // The root is the first defined in the order max() of their names gives: < <= > >=.
  int root = -1;
  for (int op : {kLt, kLe, kGt, kGe}) {
    if (defines(vm, type, op)) {
      root = op;
      break;
    }
  }
  if (root < 0) return vm.value_error("must define at least one ordering operation: < > <= >=");
  const DerivedMethod* derived = conversions(root);
  for (int i = 0; i < 3; ++i) {
    if (defines(vm, type, derived[i].op)) continue;
    Value method = vm.make_native(std::string(dunder(derived[i].op)), derived[i].fn);
    auto* native = method.as<NativeFunction>();
    native->is_method = true;
    native->owner = type;
    if (!vm.set_attr(cls, vm.intern(dunder(derived[i].op)), method)) return {};
  }
  return cls;
}

// ---- cached_property ---------------------------------------------------------------------------

struct CachedProperty : Instance {
  Value func;
  Value attrname;  // null until __set_name__
};

CachedProperty& cached_of(const Value& v) {
  return *v.as<CachedProperty>();
}

Value cached_property_new(VM& vm, CallArgs args) {
  Value func;
  if (!bind_args(vm, after_self(args), "cached_property", {"func"}, 1, &func)) return {};
  auto* property = new CachedProperty;
  Value result(property);
  property->set_user_tag(args[0].as<Type>()->index);
  property->func = func;
  Value doc = vm.get_attr_opt(func, vm.intern("__doc__"));
  if (vm.has_pending_exception()) return {};
  if (!vm.set_attr(result, vm.intern("__doc__"), doc ? doc : vm.none())) return {};
  return result;
}

Value cached_property_set_name(VM& vm, CallArgs args) {
  if (!modules::arity(vm, args, "__set_name__", 2, 2)) return {};
  CachedProperty& self = cached_of(args[0]);
  const Value& name = args[2];
  if (!self.attrname) {
    self.attrname = name;
    return vm.none();
  }
  int same = vm.equal(name, self.attrname);
  if (same < 0) return {};
  if (!same) {
    auto old_text = vm.repr_text(self.attrname);
    auto new_text = old_text ? vm.repr_text(name) : std::nullopt;
    if (!new_text) return {};
    return vm.type_error("Cannot assign the same cached_property to two different names (" +
                         *old_text + " and " + *new_text + ").");
  }
  return vm.none();
}

// The message of a cached_property that cannot use the instance's __dict__.
Value dict_problem(VM& vm, const Value& instance, const Value& attrname, bool missing) {
  auto type_text = vm.repr_text(vm.make_str(std::string(vm.type_name(instance))));
  auto name_text = type_text ? vm.repr_text(attrname) : std::nullopt;
  if (!name_text) return {};
  return vm.type_error(missing ? "No '__dict__' attribute on " + *type_text +
                                     " instance to cache " + *name_text + " property."
                               : "The '__dict__' attribute on " + *type_text +
                                     " instance does not support item assignment for caching " +
                                     *name_text + " property.");
}

Value cached_property_get(VM& vm, CallArgs args) {
  if (args.nargs < 2 || vm.is_none(args[1])) return args[0];
  CachedProperty& self = cached_of(args[0]);
  const Value& instance = args[1];
  if (!self.attrname) {
    return vm.type_error("Cannot use cached_property instance without calling __set_name__ on it.");
  }
  Value attrname = self.attrname;
  Value cache = vm.get_attr_opt(instance, vm.intern("__dict__"));
  if (!cache) {
    return vm.has_pending_exception() ? Value() : dict_problem(vm, instance, attrname, true);
  }
  Value value = vm.get_item(cache, attrname);
  if (value) return value;
  if (!vm.pending_is(vm.exc().KeyError)) return {};
  vm.take_exception();
  value = vm.call(self.func, {instance});
  if (!value) return {};
  if (!vm.set_item(cache, attrname, value)) {
    if (!vm.pending_is(vm.exc().TypeError)) return {};
    vm.take_exception();
    return dict_problem(vm, instance, attrname, false);
  }
  return value;
}

Value cached_property_func(VM&, CallArgs args) {
  return cached_of(args[0]).func;
}

Value cached_property_attrname(VM& vm, CallArgs args) {
  const Value& name = cached_of(args[0]).attrname;
  return name ? name : vm.none();
}

// ---- Module ------------------------------------------------------------------------------------

Type* make_partial_type(VM& vm) {
  Type* type = vm.new_builtin_type("partial", vm.type(kObjectType), Layout::Object, "functools");
  vm.add_static(type, "__new__", partial_new);
  vm.add_method(type, "__call__", partial_call);
  vm.add_method(type, "__repr__", partial_repr);
  vm.add_property(type, "func", partial_func);
  vm.add_property(type, "args", partial_args);
  vm.add_property(type, "keywords", partial_keywords);
  return type;
}

Type* make_lru_wrapper_type(VM& vm) {
  Type* type =
      vm.new_builtin_type("_lru_cache_wrapper", vm.type(kObjectType), Layout::Object, "functools");
  vm.add_method(type, "__call__", lru_call);
  vm.add_method(type, "__get__", lru_get);
  vm.add_method(type, "cache_info", lru_cache_info);
  vm.add_method(type, "cache_clear", lru_cache_clear);
  vm.add_method(type, "cache_parameters", lru_cache_parameters);
  vm.add_method(type, "__copy__", lru_copy);
  vm.add_method(type, "__deepcopy__", lru_copy);
  return type;
}

Type* make_key_wrapper_type(VM& vm) {
  Type* type = vm.new_builtin_type("KeyWrapper", vm.type(kObjectType), Layout::Other, "functools");
  vm.add_method(type, "__call__", key_call);
  vm.add_method(type, "__lt__", key_compare<kLt>);
  vm.add_method(type, "__le__", key_compare<kLe>);
  vm.add_method(type, "__eq__", key_compare<kEq>);
  vm.add_method(type, "__ne__", key_compare<kNe>);
  vm.add_method(type, "__gt__", key_compare<kGt>);
  vm.add_method(type, "__ge__", key_compare<kGe>);
  vm.add_property(type, "obj", key_obj);
  vm.dict_set_item(*type->dict.as<Dict>(), "__hash__", vm.none());
  return type;
}

Type* make_cached_property_type(VM& vm) {
  Type* type =
      vm.new_builtin_type("cached_property", vm.type(kObjectType), Layout::Object, "functools");
  vm.add_static(type, "__new__", cached_property_new);
  vm.add_method(type, "__set_name__", cached_property_set_name);
  vm.add_method(type, "__get__", cached_property_get);
  vm.add_property(type, "func", cached_property_func);
  vm.add_property(type, "attrname", cached_property_attrname);
  return type;
}

}  // namespace

bool init_functools(VM& vm, Module& module) {
  FunctoolsTypes& types = types_of(vm);
  types.partial = make_partial_type(vm);
  types.lru_wrapper = make_lru_wrapper_type(vm);
  types.key_wrapper = make_key_wrapper_type(vm);
  types.cache_info =
      make_namedtuple_type(vm, "CacheInfo", {"hits", "misses", "maxsize", "currsize"}, "functools");
  Type* cached_property = make_cached_property_type(vm);
  using modules::add_function;
  using modules::add_value;
  return add_function(vm, module, "reduce", reduce) &&
         add_value(vm, module, "partial", Value(types.partial)) &&
         add_function(vm, module, "update_wrapper", update_wrapper) &&
         add_function(vm, module, "wraps", wraps) &&
         add_value(vm, module, "WRAPPER_ASSIGNMENTS", wrapper_assignments(vm)) &&
         add_value(vm, module, "WRAPPER_UPDATES", wrapper_updates(vm)) &&
         add_function(vm, module, "lru_cache", lru_cache) &&
         add_function(vm, module, "cache", cache) &&
         add_value(vm, module, "_lru_cache_wrapper", Value(types.lru_wrapper)) &&
         add_value(vm, module, "_CacheInfo", Value(types.cache_info)) &&
         add_function(vm, module, "cmp_to_key", cmp_to_key) &&
         add_value(vm, module, "KeyWrapper", Value(types.key_wrapper)) &&
         add_function(vm, module, "total_ordering", total_ordering) &&
         add_value(vm, module, "cached_property", Value(cached_property));
}

}  // namespace py
