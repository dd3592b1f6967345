// The VM: type table, constructors, and the object protocols built-ins rely on.
#include "vm/vm.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "num/float_format.hpp"
#include "objects/numbers.hpp"
#include "vm/interpreter.hpp"
#include "vm/runtime_support.hpp"

namespace py {

namespace {

// Static objects (None, True, False...) are never freed: they start with one reference the VM
// never gives back.
template <class T>
T* immortal(T* object) {
  object->retain();
  return object;
}

std::uint32_t utf8_length(std::string_view s, bool& ascii) {
  std::uint32_t n = 0;
  ascii = true;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80) ++n;
    if (c >= 0x80) ascii = false;
  }
  return n;
}

}  // namespace

namespace {
thread_local VM* current_vm = nullptr;
}  // namespace

VM::CurrentScope::CurrentScope(VM* vm) noexcept : previous(current_vm) { current_vm = vm; }
VM::CurrentScope::~CurrentScope() { current_vm = previous; }
VM* VM::current() noexcept { return current_vm; }

VM::VM(Host& host) : host_(host) {
  interpreter_ = std::make_unique<Interpreter>(*this);
  create_builtin_types();
}

VM::~VM() {
  // What is dropped from here on goes without running Python.
  set_finalizers_enabled(false);
  finalizers_.clear();
  // The modules' state goes first, while the VM still works.
  module_states_.clear();
  // Break the cycles the VM itself holds (types <-> their dicts) so modules and classes go.
  pending_ = Value();
  current_context = Value();
  context_copier = Value();
  interpreter_->handled_exception = Value();
  // sys.modules holds sys, whose dict holds sys.modules; a module's dict holds its functions,
  // whose globals are that dict; a class's dict holds its methods. Reference counting alone
  // frees none of these cycles (there is no cycle collector): empty the namespaces, then let
  // the types go. Without this every VM left ~90 KB behind, ~630 KB once asyncio was imported.
  std::vector<Value> modules;
  if (sys_modules_) {
    for (const DictEntry& entry : sys_modules_.as<Dict>()->entries) {
      if (entry.key && entry.value.is_object() && type_of(entry.value)->layout == Layout::Module)
        modules.push_back(entry.value);
    }
    dict_clear(*sys_modules_.as<Dict>());
  }
  for (const Value& module : modules) dict_clear(*module.as<Module>()->dict.as<Dict>());
  modules.clear();
  sys_modules_ = Value();
  if (builtins_) dict_clear(*builtins_.as<Dict>());
  builtins_ = Value();
  for (Type* type : types_) {
    if (type->dict) dict_clear(*type->dict.as<Dict>());
  }
  // Every type holds one reference from types_ (immortal): the derived ones go first, their
  // bases still held until their own turn.
  for (auto it = types_.rbegin(); it != types_.rend(); ++it) {
    Type* type = *it;
    type->dict = Value();
    type->bases.clear();
    type->mro.clear();
    type->release();
  }
  types_.clear();
  // The singletons' immortal reference: their last Value (these members' own) frees them.
  for (Value* singleton : {&none_, &true_, &false_, &not_implemented_, &ellipsis_})
    singleton->object()->release();
}

// ---------------------------------------------------------------------------------------------
// Types

bool VM::is_subtype(const Type* a, const Type* b) {
  if (a == b) return true;
  for (const Type* t : a->mro)
    if (t == b) return true;
  return false;
}

bool VM::is_instance(const Value& v, Type* t) const { return is_subtype(type_of(v), t); }

bool VM::is_int_subclass(const Value& v) const { return is_subtype(type_of(v), types_[kIntType]); }

std::uint32_t VM::register_type(Type* type) {
  type->index = static_cast<std::uint32_t>(types_.size());
  types_.push_back(immortal(type));
  type->set_user_tag(kTypeType);
  return type->index;
}

static void compute_mro(Type* type) {
  // C3 linearisation over the bases' MROs.
  std::vector<std::vector<Type*>> sequences;
  for (auto& b : type->bases) sequences.push_back(b.as<Type>()->mro);
  std::vector<Type*> bases;
  for (auto& b : type->bases) bases.push_back(b.as<Type>());
  sequences.push_back(bases);
  type->mro = {type};
  for (;;) {
    sequences.erase(std::remove_if(sequences.begin(), sequences.end(),
                                   [](const std::vector<Type*>& s) { return s.empty(); }),
                    sequences.end());
    if (sequences.empty()) return;
    Type* candidate = nullptr;
    for (auto& seq : sequences) {
      Type* head = seq.front();
      bool in_tail = false;
      for (auto& other : sequences)
        if (std::find(other.begin() + 1, other.end(), head) != other.end()) in_tail = true;
      if (!in_tail) {
        candidate = head;
        break;
      }
    }
    if (!candidate) return;  // inconsistent: the caller checks
    type->mro.push_back(candidate);
    for (auto& seq : sequences)
      if (seq.front() == candidate) seq.erase(seq.begin());
  }
}

Type* VM::new_builtin_type(std::string name, Type* base, Layout layout, std::string module) {
  auto* type = new Type();
  type->name = name;
  type->qualname = std::move(name);
  type->module = std::move(module);
  type->layout = layout;
  type->base = base;
  if (base) {
    type->bases.push_back(Value(base));
    type->is_exception = base->is_exception;
  }
  type->dict = make_dict();
  register_type(type);
  compute_mro(type);
  return type;
}

void VM::add_method(Type* type, std::string_view name, NativeFn fn) {
  auto* f = new NativeFunction();
  f->set_user_tag(kBuiltinFunctionType);
  f->name = std::string(name);
  f->fn = fn;
  f->is_method = true;
  f->owner = type;
  dict_set_item(*type->dict.as<Dict>(), name, Value(f));
}

void VM::add_static(Type* type, std::string_view name, NativeFn fn) {
  auto* sm = new StaticMethod();
  sm->set_user_tag(kStaticMethodType);
  sm->function = make_native(std::string(name), fn);
  dict_set_item(*type->dict.as<Dict>(), name, Value(sm));
}

void VM::add_classmethod(Type* type, std::string_view name, NativeFn fn) {
  auto* cm = new ClassMethod();
  cm->set_user_tag(kClassMethodType);
  cm->function = make_native(std::string(name), fn);
  dict_set_item(*type->dict.as<Dict>(), name, Value(cm));
}

void VM::add_property(Type* type, std::string_view name, NativeFn getter, NativeFn setter) {
  auto* p = new Property();
  p->set_user_tag(kPropertyType);
  p->getter = make_native(std::string(name), getter);
  if (setter) p->setter = make_native(std::string(name), setter);
  dict_set_item(*type->dict.as<Dict>(), name, Value(p));
}

Value VM::lookup_in_type(const Type* type, const Value& name) const {
  const Value* slot = lookup_slot_in_type(type, name);
  return slot ? *slot : Value();
}

const Value* VM::lookup_slot_in_type(const Type* type, const Value& name) const {
  // Remembered for interned names, whose address stays theirs for the VM's life: where the name
  // was found (the entry's value slot, so that a new value for the same key is seen) or that it
  // was not. An entry is valid while class_lookup_epoch stays (see Dict::class_namespace).
  const Str* text = name.as<Str>();
  ClassLookup* cached = nullptr;
  if (text->interned) {
    const auto key = (reinterpret_cast<std::uintptr_t>(type) >> 4) * 31 +
                     (reinterpret_cast<std::uintptr_t>(text) >> 4);
    cached = &class_lookups_[key % std::size(class_lookups_)];
    if (cached->type == type && cached->name == text && cached->epoch == class_lookup_epoch)
      return cached->slot;
  }
  // The namespaces probed decide the answer, so a cached one marks them as it goes; those past
  // the one that has the name do not matter.
  const Value* slot = nullptr;
  for (const Type* t : type->mro) {
    Dict& dict = *t->dict.as<Dict>();
    if (cached) dict.class_namespace = true;
    const std::int64_t index = const_cast<VM*>(this)->dict_index_str(dict, name);
    if (index >= 0) {
      slot = &dict.entries[static_cast<std::size_t>(index)].value;
      break;
    }
  }
  if (cached) *cached = {type, text, class_lookup_epoch, slot};
  return slot;
}

Value VM::lookup_in_type(const Type* type, std::string_view name) {
  return lookup_in_type(type, intern(name));
}

const Value& VM::intern_static(const char* text) {
  const auto address = reinterpret_cast<std::uintptr_t>(text);
  StaticName& entry = static_names_[(address * 0x9E3779B9u >> 7) % std::size(static_names_)];
  if (entry.text != text) {
    entry.name = intern(text);
    entry.text = text;
  }
  return entry.name;
}

// ---------------------------------------------------------------------------------------------
// Constructors

Value VM::make_int(std::int64_t n) {
  if (Value::fits_small(n)) return Value::small(n);
  return make_int(num::BigInt(n));
}

Value VM::make_int(num::BigInt n) {
  if (n.fits_int64() && Value::fits_small(n.to_int64())) return Value::small(n.to_int64());
  auto* o = new BigIntObject();
  o->set_user_tag(kIntType);
  o->value = std::move(n);
  return Value(o);
}

Value VM::make_float(double d) {
  auto* o = new FloatObject();
  o->set_user_tag(kFloatType);
  o->value = d;
  return Value(o);
}

Value VM::make_str(std::string_view utf8) { return make_str(std::string(utf8)); }

Value VM::make_str(std::string&& utf8) {
  auto* s = new Str();
  s->set_user_tag(kStrType);
  s->length = utf8_length(utf8, s->ascii);
  s->text = std::move(utf8);
  return Value(s);
}

Value VM::intern(std::string_view utf8) {
  Dict& table = *interned_.as<Dict>();
  // Looked up by its text: no Str is made for a name already interned (a lookup of a literal
  // name, `lookup(vm, type, "__new__")`, is one of these at every instantiation).
  const std::int64_t hash = text_hash(utf8);
  const std::int64_t index = dict_index_text(table, utf8, hash);
  if (index >= 0) return table.entries[static_cast<std::size_t>(index)].value;
  Value name = make_str(utf8);
  name.as<Str>()->hash = hash;
  name.as<Str>()->interned = true;
  dict_set(table, name, name);
  return name;
}

Value VM::make_bytes(std::string data) {
  auto* b = new BytesObject();
  b->set_user_tag(kBytesType);
  b->data = std::move(data);
  return Value(b);
}

Value VM::make_tuple(std::vector<Value> items) {
  auto* t = new Tuple();
  t->set_user_tag(kTupleType);
  t->items = std::move(items);
  return Value(t);
}

Value VM::make_list(std::vector<Value> items) {
  auto* l = new List();
  l->set_user_tag(kListType);
  l->items = std::move(items);
  return Value(l);
}

Value VM::make_dict() {
  auto* d = new Dict();
  d->set_user_tag(kDictType);
  return Value(d);
}

Value VM::make_set(bool frozen) {
  auto* s = new SetObject();
  s->set_user_tag(frozen ? kFrozenSetType : kSetType);
  return Value(s);
}

Value VM::make_range(std::int64_t start, std::int64_t stop, std::int64_t step) {
  auto* r = new RangeObject();
  r->set_user_tag(kRangeType);
  r->start = start;
  r->stop = stop;
  r->step = step;
  return Value(r);
}

Value VM::make_native(std::string name, NativeFn fn, Value self, Value data) {
  auto* f = new NativeFunction();
  f->set_user_tag(kBuiltinFunctionType);
  f->name = std::move(name);
  f->fn = fn;
  f->self = std::move(self);
  f->data = std::move(data);
  return Value(f);
}

Value VM::make_bound_method(Value function, Value self) {
  auto* m = new BoundMethod();
  m->set_user_tag(kMethodType);
  m->function = std::move(function);
  m->self = std::move(self);
  return Value(m);
}

Value VM::make_module(std::string_view name) {
  auto* m = new Module();
  m->set_user_tag(kModuleType);
  m->name = make_str(name);
  m->dict = make_dict();
  dict_set_item(*m->dict.as<Dict>(), "__name__", m->name);
  return Value(m);
}

Value VM::make_iterator(IterKind kind, Value source) {
  auto* it = new IteratorObject();
  it->set_user_tag(kIteratorType);
  it->kind = kind;
  it->source = std::move(source);
  return Value(it);
}

Value VM::make_instance(Type* type) {
  auto* o = new Instance();
  o->set_user_tag(type->index);
  return Value(o);
}

Value make_code_object(VM& vm, std::shared_ptr<Code> code) {
  (void)vm;
  auto* c = new CodeObject();
  c->set_user_tag(kCodeType);
  c->code = std::move(code);
  return Value(c);
}

// ---------------------------------------------------------------------------------------------
// Reading values

bool VM::to_int64(const Value& v, std::int64_t& out) const {
  if (v.is_small()) {
    out = v.small_value();
    return true;
  }
  if (v.is(true_)) {
    out = 1;
    return true;
  }
  if (v.is(false_)) {
    out = 0;
    return true;
  }
  if (type_index(v) == kIntType || is_int_subclass(v)) {
    const num::BigInt& big = v.as<BigIntObject>()->value;
    if (!big.fits_int64()) return false;
    out = big.to_int64();
    return true;
  }
  return false;
}

num::BigInt VM::to_bigint(const Value& v) const {
  if (v.is_small()) return num::BigInt(v.small_value());
  if (v.is(true_)) return num::BigInt(std::int64_t(1));
  if (v.is(false_)) return num::BigInt(std::int64_t(0));
  return v.as<BigIntObject>()->value;
}

bool VM::to_index(const Value& v, std::int64_t& out, std::string_view what) {
  if (is_int(v)) {
    if (to_int64(v, out)) return true;
    raise(exc_.OverflowError, "Python int too large to convert to C ssize_t");
    return false;
  }
  Value method = lookup_in_type(type_of(v), intern_static("__index__"));
  if (method) {
    Value r = call(method, {v});
    if (!r) return false;
    if (!is_int(r)) {
      type_error("__index__ returned non-int (type " + std::string(type_name(r)) + ")");
      return false;
    }
    return to_index(r, out, what);
  }
  if (what.empty()) {
    type_error("'" + std::string(type_name(v)) + "' object cannot be interpreted as an integer");
  } else {
    type_error(std::string(what));
  }
  return false;
}

bool VM::to_double(const Value& v, double& out, bool do_raise) {
  if (v.is_small()) {
    out = static_cast<double>(v.small_value());
    return true;
  }
  std::uint32_t t = type_index(v);
  if (t == kFloatType) {
    out = v.as<FloatObject>()->value;
    return true;
  }
  if (is_int(v)) {
    std::int64_t small;
    if (to_int64(v, small)) {
      out = static_cast<double>(small);
      return true;
    }
    num::Result<double> d = v.as<BigIntObject>()->value.to_double();
    if (!d) {
      if (do_raise) raise(exc_.OverflowError, "int too large to convert to float");
      return false;
    }
    out = *d;
    return true;
  }
  if (is_instance(v, types_[kFloatType])) {
    out = v.as<FloatObject>()->value;
    return true;
  }
  if (do_raise)
    type_error("must be real number, not " + std::string(type_name(v)));
  return false;
}

// ---------------------------------------------------------------------------------------------
// Exceptions

Value VM::new_exception(Type* type, std::vector<Value> args) {
  aio::ErrorKind kind = aio::ErrorKind::Other;
  if (is_subtype(type, exc_.CancelledError)) kind = aio::ErrorKind::Cancelled;
  else if (is_subtype(type, exc_.TimeoutError)) kind = aio::ErrorKind::Timeout;
  else if (is_subtype(type, exc_.InvalidStateError)) kind = aio::ErrorKind::InvalidState;
  else if (is_subtype(type, exc_.KeyboardInterrupt) || is_subtype(type, exc_.SystemExit))
    kind = aio::ErrorKind::Interrupt;
  auto* e = new ExceptionObject(kind, this);
  e->set_user_tag(type->index);
  e->args = make_tuple(std::move(args));
  return Value(static_cast<Object*>(e));
}

ExceptionObject* VM::as_exception(const Value& v) const {
  if (!v.is_object()) return nullptr;
  if (!type_of(v)->is_exception) return nullptr;
  return static_cast<ExceptionObject*>(static_cast<aio::ErrorObject*>(v.object()));
}

Value VM::raise(Type* type, std::string message) {
  std::vector<Value> args;
  if (!message.empty() || type == exc_.KeyError) args.push_back(make_str(std::move(message)));
  pending_ = new_exception(type, std::move(args));
  // Implicit chaining: raised while handling another exception.
  if (interpreter_->handled_exception) {
    as_exception(pending_)->context = interpreter_->handled_exception;
  }
  return Value();
}

Value VM::raise(Value exception) {
  if (exception.is_object() && is_class(exception) && exception.as<Type>()->is_exception) {
    Value instance = call(exception, {});
    if (!instance) return Value();
    exception = std::move(instance);
  }
  if (!as_exception(exception)) {
    return type_error("exceptions must derive from BaseException");
  }
  pending_ = std::move(exception);
  return Value();
}

Value VM::key_error(const Value& key) {
  pending_ = new_exception(exc_.KeyError, {key});
  if (interpreter_->handled_exception)
    as_exception(pending_)->context = interpreter_->handled_exception;
  return Value();
}

bool VM::pending_is(Type* type) const { return pending_ && is_instance(pending_, type); }

// ---------------------------------------------------------------------------------------------
// Modules

void VM::register_module(std::string name, ModuleInit init) {
  module_inits_.emplace_back(std::move(name), init);
}

Value VM::import_dotted(const Value& name, bool top_level) {
  const std::string& text = str_text(name);
  if (text.find('.') == std::string::npos) return import_module(name);
  Value top, parent;
  std::size_t start = 0;
  for (;;) {
    const std::size_t dot = text.find('.', start);
    const std::string prefix = text.substr(0, dot);
    Value module = import_module(intern(prefix));
    if (!module) return Value();
    if (parent) {
      const std::string child = prefix.substr(start);
      if (!dict_set_item(*parent.as<Module>()->dict.as<Dict>(), child, module)) return Value();
    } else {
      top = module;
    }
    parent = module;
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return top_level ? top : parent;
}

Value VM::import_module(const Value& name) {
  Value found;
  if (dict_get_str(*sys_modules_.as<Dict>(), name, found) == 1) return found;
  const std::string& text = str_text(name);
  for (auto& [module_name, init] : module_inits_) {
    if (module_name != text) continue;
    Value module = make_module(text);
    dict_set(*sys_modules_.as<Dict>(), name, module);
    if (!init(*this, *module.as<Module>())) {
      dict_del(*sys_modules_.as<Dict>(), name);
      return Value();
    }
    return module;
  }
  Value error =
      new_exception(exc_.ModuleNotFoundError, {make_str("No module named '" + text + "'")});
  if (!set_attr(error, intern("name"), name)) return Value();
  return raise(std::move(error));
}

// ---------------------------------------------------------------------------------------------
// Argument helpers

bool bind_args(VM& vm, const CallArgs& args, const char* function_name,
               std::initializer_list<const char*> names, std::size_t required, Value* out,
               std::size_t positional_only) {
  std::size_t n = names.size();
  if (args.nargs > n) {
    vm.type_error(std::string(function_name) + "() takes at most " + std::to_string(n) +
                  " argument" + (n == 1 ? "" : "s") + " (" + std::to_string(args.nargs) +
                  " given)");
    return false;
  }
  for (std::size_t i = 0; i < n; ++i) out[i] = Value();
  for (std::size_t i = 0; i < args.nargs; ++i) out[i] = args.args[i];
  for (std::size_t k = 0; k < args.nkw; ++k) {
    const std::string& key = VM::str_text(args.kwnames[k]);
    std::size_t i = 0;
    for (auto name : names) {
      if (name == key && i >= positional_only) break;
      ++i;
    }
    if (i == n) {
      vm.type_error(std::string(function_name) + "() got an unexpected keyword argument '" + key +
                    "'");
      return false;
    }
    if (out[i]) {
      vm.type_error(std::string(function_name) + "() got multiple values for argument '" + key +
                    "'");
      return false;
    }
    out[i] = args.kwvalues[k];
  }
  for (std::size_t i = 0; i < required; ++i) {
    if (!out[i]) {
      std::string name(names.begin()[i]);
      vm.type_error(std::string(function_name) + "() missing required argument '" + name +
                    "' (pos " + std::to_string(i + 1) + ")");
      return false;
    }
  }
  return true;
}

namespace {

const char* plural(std::size_t n) {
  return n == 1 ? "" : "s";
}

const Value* find_keyword(const CallArgs& args, std::string_view name) {
  for (std::uint32_t k = 0; k < args.nkw; ++k) {
    if (VM::str_text(args.kwnames[k]) == name) return &args.kwvalues[k];
  }
  return nullptr;
}

}  // namespace

// CPython 3.11's _PyArg_UnpackKeywords, check for check (declared in vm.hpp).
bool bind_clinic_args(VM& vm, const CallArgs& args, std::string_view function,
                      std::initializer_list<std::string_view> names, std::size_t positional_only,
                      std::size_t max_positional, std::size_t required, Value* out) {
  // "name()", for the messages only: most names are too long for std::string's inline buffer.
  const auto fname = [function] { return std::string(function) + "()"; };
  const std::size_t max_args = names.size();
  const std::size_t nargs = args.nargs;
  std::size_t keywords_left = args.nkw;
  if (nargs + keywords_left > max_args) {
    vm.type_error(fname() + " takes at most " + std::to_string(max_args) + " " +
                  (nargs == 0 ? "keyword " : "") + "argument" + plural(max_args) + " (" +
                  std::to_string(nargs + keywords_left) + " given)");
    return false;
  }
  if (nargs > max_positional) {
    if (max_positional == 0) {
      vm.type_error(fname() + " takes no positional arguments");
    } else {
      vm.type_error(fname() + " takes " + (required < max_positional ? "at most" : "exactly") +
                    " " + std::to_string(max_positional) + " positional argument" +
                    plural(max_positional) + " (" + std::to_string(nargs) + " given)");
    }
    return false;
  }
  const std::size_t min_positional_only = std::min(positional_only, required);
  if (nargs < min_positional_only) {
    vm.type_error(fname() + " takes " +
                  (min_positional_only < max_positional ? "at least" : "exactly") + " " +
                  std::to_string(min_positional_only) + " positional argument" +
                  plural(min_positional_only) + " (" + std::to_string(nargs) + " given)");
    return false;
  }
  for (std::size_t i = 0; i < max_args; ++i) out[i] = i < nargs ? args.args[i] : Value();
  for (std::size_t i = std::max(nargs, positional_only); i < max_args; ++i) {
    const std::string_view name = names.begin()[i];
    const Value* found = keywords_left ? find_keyword(args, name) : nullptr;
    if (found) {
      out[i] = *found;
      --keywords_left;
    } else if (i < required) {
      vm.type_error(fname() + " missing required argument '" + std::string(name) + "' (pos " +
                    std::to_string(i + 1) + ")");
      return false;
    }
  }
  if (keywords_left == 0) return true;
  for (std::size_t i = positional_only; i < nargs; ++i) {
    const std::string_view name = names.begin()[i];
    if (find_keyword(args, name)) {
      vm.type_error("argument for " + fname() + " given by name ('" + std::string(name) +
                    "') and position (" + std::to_string(i + 1) + ")");
      return false;
    }
  }
  for (std::uint32_t k = 0; k < args.nkw; ++k) {
    const std::string& key = VM::str_text(args.kwnames[k]);
    bool known = false;
    for (std::size_t i = positional_only; i < max_args; ++i) known |= names.begin()[i] == key;
    if (!known) {
      vm.type_error("'" + key + "' is an invalid keyword argument for " + fname());
      return false;
    }
  }
  return true;
}

bool keywords_error(VM& vm, std::string_view function_name) {
  vm.type_error(std::string(function_name) + "() takes no keyword arguments");
  return false;
}

bool arity_error(VM& vm, const CallArgs& args, std::string_view function_name, std::size_t min,
                 std::size_t max) {
  if (args.nkw != 0) return keywords_error(vm, function_name);
  std::string name(function_name);
  if (min == max) {
    if (min == 0) {
      vm.type_error(name + "() takes no arguments (" + std::to_string(args.nargs) + " given)");
    } else if (min == 1) {
      vm.type_error(name + "() takes exactly one argument (" + std::to_string(args.nargs) +
                    " given)");
    } else {
      vm.type_error(name + " expected " + std::to_string(min) + " arguments, got " +
                    std::to_string(args.nargs));
    }
  } else if (args.nargs < min) {
    vm.type_error(name + " expected at least " + std::to_string(min) + " argument" +
                  (min == 1 ? "" : "s") + ", got " + std::to_string(args.nargs));
  } else {
    vm.type_error(name + " expected at most " + std::to_string(max) + " argument" +
                  (max == 1 ? "" : "s") + ", got " + std::to_string(args.nargs));
  }
  return false;
}

}  // namespace py
