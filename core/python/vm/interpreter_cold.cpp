// The interpreter loop's cold half: the instructions that programs run rarely, or that do so
// much work besides that a call more does not show (imports, class bodies, exception handling,
// calls with keywords or of Python functions that need more than their positional
// parameters), and the error paths. Keeping them out of Interpreter::loop keeps that function
// small, which is what lets V8 compile it quickly enough for a short program to run in its
// optimised code (docs/ARCHITECTURE.md, "The wasm engine's speed"); the wasm build compiles
// this file at -Os.
//
// These functions work on frame->sp and frame->ip, which loop() saves before calling them and
// reloads after.
#include <new>

#include "vm/interpreter.hpp"
#include "vm/pattern_match.hpp"
#include "vm/runtime_support.hpp"
#include "vm/set_table.hpp"

namespace py {

namespace {

// loop()'s stack operations, over frame->sp: the slot above it holds no value. Inlined even at
// -Os, where a call would take more code than they do.
[[gnu::always_inline]] inline void push(Frame* frame, Value v) {
  ::new (static_cast<void*>(frame->sp++)) Value(std::move(v));
}
[[gnu::always_inline]] inline Value pop(Frame* frame) {
  return std::move(*--frame->sp);
}
[[gnu::always_inline]] inline Value& top(Frame* frame) {
  return frame->sp[-1];
}
[[gnu::always_inline]] inline Value& peek(Frame* frame, std::uint32_t n) {
  return frame->sp[-static_cast<std::ptrdiff_t>(n)];
}
[[gnu::always_inline]] inline void drop(Frame* frame) {
  *--frame->sp = Value();
}
[[gnu::always_inline]] inline void drop_to(Frame* frame, Value* level) {
  while (frame->sp > level) drop(frame);
}

}  // namespace

void Interpreter::raise_message(Type* type, const char* message) {
  vm_.raise(type, message);
}

void Interpreter::raise_unbound_local(const Value& name) {
  vm_.raise(vm_.exc().UnboundLocalError, "cannot access local variable '" + VM::str_text(name) +
                                             "' where it is not associated with a value");
}

// `index` counts the code's cell variables, then its free variables.
void Interpreter::raise_unbound_cell(const Code* code, std::uint32_t index) {
  if (index < code->cellvars.size()) {
    raise_unbound_local(code->cellvars[index]);
    return;
  }
  vm_.raise(vm_.exc().NameError,
            "cannot access free variable '" +
                VM::str_text(code->freevars[index - code->cellvars.size()]) +
                "' where it is not associated with a value in enclosing scope");
}

// LoadGlobal's lookup when its cache is cold or stale: finds the name in globals then builtins
// and remembers where it was. Null when the name is defined in neither.
const Value* Interpreter::load_global_slow(Code& code, std::uint32_t name_index, Dict& globals,
                                           Dict& builtins) {
  if (code.global_cache.empty()) code.global_cache.resize(code.names.size());
  GlobalCacheEntry& cache = code.global_cache[name_index];
  const Value& name = code.names[name_index];
  bool in_builtins = false;
  std::int64_t index = vm_.dict_index_str(globals, name);
  if (index < 0) {
    index = vm_.dict_index_str(builtins, name);
    if (index < 0) return nullptr;
    in_builtins = true;
  }
  if (globals.keys_version == 0) globals.keys_version = next_keys_version();
  if (builtins.keys_version == 0) builtins.keys_version = next_keys_version();
  cache = {&globals, globals.keys_version, builtins.keys_version, static_cast<std::uint32_t>(index),
           in_builtins};
  return &(in_builtins ? builtins : globals).entries[static_cast<std::size_t>(index)].value;
}

bool Interpreter::execute_cold(Frame* frame, std::uint32_t word) {
  Code* code = frame->code;
  const std::uint32_t arg = Instruction::arg(word);
  const Op op = Instruction::op(word);
  switch (op) {
    case Op::DeleteFast:
      if (!frame->fast[arg]) {
        raise_unbound_local(code->varnames[arg]);
        return false;
      }
      frame->fast[arg] = Value();
      return true;
    case Op::LoadClassDeref: {
      const Value& name = arg < code->cellvars.size() ? code->cellvars[arg]
                                                      : code->freevars[arg - code->cellvars.size()];
      Value found;
      if (vm_.dict_get_str(*frame->locals.as<Dict>(), name, found) == 1) {
        push(frame, std::move(found));
        return true;
      }
      Cell* cell = frame->fast[code->nlocals() + arg].as<Cell>();
      if (!cell->value) {
        raise_unbound_cell(code, arg);
        return false;
      }
      push(frame, cell->value);
      return true;
    }
    case Op::DeleteDeref: {
      Cell* cell = frame->fast[code->nlocals() + arg].as<Cell>();
      if (!cell->value) {
        raise_unbound_cell(code, arg);
        return false;
      }
      cell->value = Value();
      return true;
    }
    case Op::LoadName: {
      const Value& name = code->names[arg];
      Value found;
      if (frame->locals && !frame->locals.is(frame->globals) &&
          vm_.dict_get_str(*frame->locals.as<Dict>(), name, found) == 1) {
        push(frame, std::move(found));
        return true;
      }
      if (vm_.dict_get_str(*frame->globals.as<Dict>(), name, found) == 1 ||
          vm_.dict_get_str(*vm_.builtins().as<Dict>(), name, found) == 1) {
        push(frame, std::move(found));
        return true;
      }
      raise_name_error(vm_, name, frame);
      return false;
    }
    case Op::StoreGlobal:
      vm_.dict_set(*frame->globals.as<Dict>(), code->names[arg], pop(frame));
      return true;
    case Op::StoreName: {
      Value v = pop(frame);
      if (frame->locals && frame->locals.object()->user_tag() != kDictType) {
        // A class body's namespace from a metaclass's __prepare__: its __setitem__ applies.
        return vm_.set_item(frame->locals, code->names[arg], std::move(v));
      }
      Dict& target = frame->locals ? *frame->locals.as<Dict>() : *frame->globals.as<Dict>();
      vm_.dict_set(target, code->names[arg], std::move(v));
      return true;
    }
    case Op::DeleteGlobal:
    case Op::DeleteName: {
      Dict& target = (op == Op::DeleteName && frame->locals) ? *frame->locals.as<Dict>()
                                                             : *frame->globals.as<Dict>();
      int removed = vm_.dict_del(target, code->names[arg]);
      if (removed == 1) return true;
      if (removed == 0) {
        vm_.raise(vm_.exc().NameError,
                  "name '" + VM::str_text(code->names[arg]) + "' is not defined");
      }
      return false;
    }
    case Op::DeleteAttr: {
      Value object = pop(frame);
      return vm_.del_attr(object, code->names[arg]);
    }
    case Op::DeleteSubscr: {
      Value key = pop(frame);
      Value container = pop(frame);
      return vm_.del_item(container, key);
    }
    case Op::BuildSlice: {
      Value step = arg == 3 ? pop(frame) : vm_.none();
      Value stop = pop(frame);
      Value start = pop(frame);
      push(frame, make_slice(vm_, std::move(start), std::move(stop), std::move(step)));
      return true;
    }
    case Op::UnaryOp: {
      Value v;
      if (arg == kNot) {
        int t = vm_.truthy(top(frame));
        if (t < 0) return false;
        v = vm_.boolean(!t);
      } else {
        v = vm_.unary_op(top(frame), static_cast<int>(arg));
        if (!v) return false;
      }
      top(frame) = std::move(v);
      return true;
    }
    case Op::BuildSet: {
      Value set = vm_.make_set();
      for (Value* p = frame->sp - arg; p < frame->sp; ++p) {
        if (!settable_add(vm_, set.as<SetObject>()->table, *p)) return false;
      }
      drop_to(frame, frame->sp - arg);
      push(frame, std::move(set));
      return true;
    }
    case Op::BuildMap: {
      Value dict = vm_.make_dict();
      for (Value* p = frame->sp - 2 * arg; p < frame->sp; p += 2) {
        if (!vm_.dict_set(*dict.as<Dict>(), p[0], p[1])) return false;
      }
      drop_to(frame, frame->sp - 2 * arg);
      push(frame, std::move(dict));
      return true;
    }
    case Op::BuildString: {
      std::string out;
      for (Value* p = frame->sp - arg; p < frame->sp; ++p) out += VM::str_text(*p);
      Value str = vm_.make_str(std::move(out));
      drop_to(frame, frame->sp - arg);
      push(frame, std::move(str));
      return true;
    }
    case Op::SetAdd: {
      Value v = pop(frame);
      return settable_add(vm_, peek(frame, arg).as<SetObject>()->table, std::move(v));
    }
    case Op::MapAdd: {
      Value value = pop(frame);
      Value key = pop(frame);
      return vm_.dict_set(*peek(frame, arg).as<Dict>(), std::move(key), std::move(value));
    }
    case Op::ListExtend:
    case Op::SetUpdate:
    case Op::DictUpdate:
    case Op::DictMerge: {
      Value source = pop(frame);
      return extend_container(vm_, op, peek(frame, arg), source);
    }
    case Op::ListToTuple: {
      std::vector<Value> items = std::move(top(frame).as<List>()->items);
      top(frame) = vm_.make_tuple(std::move(items));
      return true;
    }
    case Op::FormatValue: {
      Value spec = (arg & 4) ? pop(frame) : Value();
      Value v = pop(frame);
      Value out = format_value(vm_, v, arg & 3, spec);
      if (!out) return false;
      push(frame, std::move(out));
      return true;
    }
    case Op::UnpackSequence:
    case Op::UnpackEx: {
      Value seq = pop(frame);
      std::vector<Value> items;
      if (!unpack(vm_, seq, op == Op::UnpackEx, arg, items)) return false;
      for (auto it = items.rbegin(); it != items.rend(); ++it) push(frame, std::move(*it));
      return true;
    }
    case Op::JumpIfFalseOrPop:
    case Op::JumpIfTrueOrPop: {
      int t = vm_.truthy(top(frame));
      if (t < 0) return false;
      if ((t == 1) == (op == Op::JumpIfTrueOrPop)) {
        frame->ip = arg;
      } else {
        drop(frame);
      }
      return true;
    }
    case Op::MakeFunction: {
      Value code_object = pop(frame);
      Value closure = (arg & 8) ? pop(frame) : Value();
      Value annotations = (arg & 4) ? pop(frame) : Value();
      Value kwdefaults = (arg & 2) ? pop(frame) : Value();
      Value defaults = (arg & 1) ? pop(frame) : Value();
      Value function =
          make_function(vm_, code_object.as<CodeObject>()->code, frame->globals,
                        std::move(defaults), std::move(kwdefaults), std::move(closure));
      function.as<Function>()->annotations = std::move(annotations);
      push(frame, std::move(function));
      return true;
    }
    case Op::GetYieldFromIter: {
      Value& v = top(frame);
      if (!(v.is_object() && v.object()->user_tag() == kGeneratorType)) {
        Value it = vm_.iter(v);
        if (!it) return false;
        v = std::move(it);
      }
      return true;
    }
    case Op::GetAIter: {
      Value it = get_aiter(vm_, top(frame));
      if (!it) return false;
      top(frame) = std::move(it);
      return true;
    }
    case Op::GetANext: {
      Value awaitable = get_anext(vm_, top(frame));
      if (!awaitable) return false;
      push(frame, std::move(awaitable));
      return true;
    }
    case Op::EndAsyncFor: {
      // [aiter, exc]
      Value exc = pop(frame);
      if (!vm_.is_instance(exc, vm_.exc().StopAsyncIteration)) {
        vm_.restore_exception(std::move(exc));
        reraising_ = true;
        return false;
      }
      drop(frame);
      return true;
    }
    case Op::Raise: {
      Value cause = arg == 2 ? pop(frame) : Value();
      Value exc = arg >= 1 ? pop(frame) : Value();
      do_raise(vm_, std::move(exc), std::move(cause), arg == 2, handled_exception);
      // A bare `raise` re-raises with the exception's traceback as it is, as CPython's does.
      reraising_ = arg == 0 && handled_exception;
      return false;
    }
    case Op::Reraise: {
      Value exc = pop(frame);
      vm_.restore_exception(std::move(exc));
      reraising_ = true;
      return false;
    }
    case Op::PushExcInfo: {
      Value exc = pop(frame);
      push(frame, handled_exception ? handled_exception : vm_.none());
      handled_exception = exc;
      push(frame, std::move(exc));
      return true;
    }
    case Op::PopExcept: {
      Value previous = pop(frame);
      handled_exception = previous.is(vm_.none()) ? Value() : std::move(previous);
      return true;
    }
    case Op::CheckExcMatch: {
      Value type = pop(frame);
      int r = exception_matches(vm_, top(frame), type);
      if (r < 0) return false;
      push(frame, vm_.boolean(r == 1));
      return true;
    }
    case Op::CheckEgMatch: {
      Value type = pop(frame);
      Value rest = pop(frame);
      Value match, remaining;
      if (!exception_group_split(vm_, rest, type, match, remaining)) return false;
      push(frame, std::move(remaining));
      push(frame, std::move(match));
      return true;
    }
    case Op::PrepReraiseStar: {
      // [orig, raised, rest] -> [orig, result]
      Value rest = pop(frame);
      Value raised = pop(frame);
      Value out = prepare_reraise_star(vm_, top(frame), raised, rest);
      push(frame, std::move(out));
      return true;
    }
    case Op::BeforeWith:
    case Op::BeforeAsyncWith: {
      Value manager = pop(frame);
      bool is_async = op == Op::BeforeAsyncWith;
      const char* exit_name = is_async ? "__aexit__" : "__exit__";
      const char* enter_name = is_async ? "__aenter__" : "__enter__";
      // Special methods are the type's: a class that defines them is not itself a manager.
      const Type* type = vm_.type_of(manager);
      bool defined = vm_.lookup_in_type(type, exit_name) && vm_.lookup_in_type(type, enter_name);
      Value exit = defined ? vm_.get_attr_opt(manager, vm_.intern(exit_name)) : Value();
      Value enter = defined ? vm_.get_attr_opt(manager, vm_.intern(enter_name)) : Value();
      if (!enter || !exit) {
        if (vm_.has_pending_exception()) return false;
        vm_.type_error("'" + std::string(vm_.type_name(manager)) +
                       "' object does not support the " + (is_async ? "asynchronous " : "") +
                       "context manager protocol");
        return false;
      }
      Value entered = vm_.call(enter, {});
      if (!entered) return false;
      push(frame, std::move(exit));
      push(frame, std::move(entered));
      return true;
    }
    case Op::WithExceptStart: {
      // [exit, prev, exc]
      Value& exc = top(frame);
      Value exit = peek(frame, 3);
      Value type = Value(vm_.type_of(exc));
      Value tb = vm_.none();
      Value r = vm_.call(exit, {type, exc, tb});
      if (!r) return false;
      push(frame, std::move(r));
      return true;
    }
    case Op::ImportName: {
      const bool top_level = vm_.is_none(top(frame));  // no fromlist: `import a.b` binds a
      drop(frame);  // fromlist
      drop(frame);  // level
      Value module = vm_.import_dotted(code->names[arg], top_level);
      if (!module) return false;
      push(frame, std::move(module));
      return true;
    }
    case Op::ImportFrom: {
      Value v = vm_.get_attr_opt(top(frame), code->names[arg]);
      if (!v) {
        if (vm_.has_pending_exception()) return false;
        Value module_name = vm_.get_attr_opt(top(frame), vm_.intern("__name__"));
        std::string mname =
            module_name && vm_.is_str(module_name) ? VM::str_text(module_name) : "?";
        vm_.raise(vm_.exc().ImportError, "cannot import name '" + VM::str_text(code->names[arg]) +
                                             "' from '" + mname + "' (unknown location)");
        return false;
      }
      push(frame, std::move(v));
      return true;
    }
    case Op::ImportStar: {
      Value module = pop(frame);
      Dict& target = frame->locals ? *frame->locals.as<Dict>() : *frame->globals.as<Dict>();
      if (module.object()->user_tag() == kModuleType) {
        for (auto& entry : module.as<Module>()->dict.as<Dict>()->entries) {
          if (!entry.key || VM::str_text(entry.key).rfind("_", 0) == 0) continue;
          vm_.dict_set(target, entry.key, entry.value);
        }
      }
      return true;
    }
    case Op::LoadBuildClass: {
      // From builtins, as CPython's LOAD_BUILD_CLASS: made once, when builtins is filled.
      Value build_class;
      if (vm_.dict_get_str(*vm_.builtins().as<Dict>(), vm_.intern("__build_class__"),
                           build_class) != 1) {
        raise_message(vm_.exc().NameError, "__build_class__ not found");
        return false;
      }
      push(frame, std::move(build_class));
      return true;
    }
    case Op::LoadAssertionError:
      push(frame, Value(vm_.exc().AssertionError));
      return true;
    case Op::PrintExpr: {
      Value v = pop(frame);
      return print_expression(vm_, v);
    }
    case Op::LoadLocals:
      push(frame, frame->locals);
      return true;
    case Op::SetupAnnotations: {
      // As CPython's SETUP_ANNOTATIONS: keeps an __annotations__ the namespace already has.
      const Value& key = code->names[arg];
      if (frame->locals && frame->locals.object()->user_tag() != kDictType) {
        Value existing = vm_.get_item(frame->locals, key);
        if (existing) return true;
        if (!vm_.pending_is(vm_.exc().KeyError)) return false;
        vm_.take_exception();
        return vm_.set_item(frame->locals, key, vm_.make_dict());
      }
      Dict& target = frame->locals ? *frame->locals.as<Dict>() : *frame->globals.as<Dict>();
      Value existing;
      int found = vm_.dict_get_str(target, key, existing);
      if (found < 0) return false;
      if (found == 0) vm_.dict_set(target, key, vm_.make_dict());
      return true;
    }
    case Op::Match:
      return match_step(frame, arg);
    default:
      return true;
  }
}

// Op::Match: the match statement's tests (code.hpp's MatchKind).
bool Interpreter::match_step(Frame* frame, std::uint32_t arg) {
  switch (arg & 0xff) {
    case kMatchSequence:
      push(frame, vm_.boolean(match_is_sequence(vm_, top(frame))));
      return true;
    case kMatchMapping:
      push(frame, vm_.boolean(match_is_mapping(vm_, top(frame))));
      return true;
    case kMatchGetLen: {
      Value n = vm_.length(top(frame));
      if (!n) return false;
      push(frame, std::move(n));
      return true;
    }
    case kMatchKeys: {
      Value values = match_keys(vm_, peek(frame, 2), top(frame));
      if (!values) return false;
      push(frame, std::move(values));
      return true;
    }
    case kMatchClass: {
      Value names = pop(frame);
      Value cls = pop(frame);
      Value attrs = match_class(vm_, top(frame), cls, arg >> 8, names);
      if (!attrs) return false;
      top(frame) = std::move(attrs);
      return true;
    }
    default:
      return true;
  }
}

Interpreter::CallStep Interpreter::call_generic(Frame* frame, std::uint32_t word, Frame*& callee) {
  const Op op = Instruction::op(word);
  const std::uint32_t arg = Instruction::arg(word);
  Value kwnames;
  Value kwargs_dict;
  Value* base;
  std::vector<Value> ex_args;
  if (op == Op::CallKw) kwnames = pop(frame);
  Value callable;
  Value* args_begin;
  std::uint32_t total;
  if (op == Op::CallEx) {
    if (arg & 1) kwargs_dict = pop(frame);
    Value tuple = pop(frame);
    base = frame->sp - 2;
    callable = std::move(base[1]);
    ex_args = tuple.as<Tuple>()->items;
    args_begin = ex_args.data();
    total = static_cast<std::uint32_t>(ex_args.size());
  } else {
    base = frame->sp - arg - 2;
    if (base[0]) {  // LoadMethod's [function, self]
      callable = base[0];
      args_begin = base + 1;
      total = arg + 1;
    } else {
      callable = base[1];
      args_begin = base + 2;
      total = arg;
    }
  }
  CallArgs call_args;
  call_args.args = args_begin;
  call_args.nargs = total;
  std::vector<Value> kw_storage;
  if (op == Op::CallKw) {
    auto& names = kwnames.as<Tuple>()->items;
    std::uint32_t nkw = static_cast<std::uint32_t>(names.size());
    call_args.nargs = total - nkw;
    call_args.kwvalues = args_begin + call_args.nargs;
    call_args.kwnames = names.data();
    call_args.nkw = nkw;
  } else if (kwargs_dict) {
    for (auto& entry : kwargs_dict.as<Dict>()->entries) {
      if (!entry.key) continue;
      kw_storage.push_back(entry.key);
    }
    for (auto& entry : kwargs_dict.as<Dict>()->entries) {
      if (!entry.key) continue;
      kw_storage.push_back(entry.value);
    }
    call_args.nkw = static_cast<std::uint32_t>(kw_storage.size() / 2);
    call_args.kwnames = kw_storage.data();
    call_args.kwvalues = kw_storage.data() + call_args.nkw;
  }
  // A Python function runs in this loop: push its frame.
  Object* target = callable.is_object() ? callable.object() : nullptr;
  if (target && target->user_tag() == kMethodType) {
    auto* method = static_cast<BoundMethod*>(target);
    if (method->function.is_object() && method->function.object()->user_tag() == kFunctionType) {
      // Prepend self: rebuild the argument vector. CallKw's keyword values follow its
      // positionals; CallEx's are in kw_storage (and its positionals in ex_args itself).
      const std::uint32_t copied = call_args.nargs + (op == Op::CallKw ? call_args.nkw : 0);
      std::vector<Value> with_self;
      with_self.reserve(copied + 1);
      with_self.push_back(method->self);
      with_self.insert(with_self.end(), call_args.args, call_args.args + copied);
      ex_args.swap(with_self);
      call_args.args = ex_args.data();
      call_args.nargs += 1;
      if (call_args.nkw && op == Op::CallKw) call_args.kwvalues = ex_args.data() + call_args.nargs;
      callable = method->function;
      target = callable.object();
    }
  }
  if (target && target->user_tag() == kFunctionType) {
    auto* function = static_cast<Function*>(target);
    Frame* made = frame_for_call(*function, call_args);
    if (!made) return CallStep::Error;
    if (function->code->is_generator_like()) {
      Value gen = make_generator(vm_, made);
      drop_to(frame, base);
      push(frame, std::move(gen));
      return CallStep::Pushed;
    }
    drop_to(frame, base);
    --frame->ip;  // the caller resumes at this call, which its return steps over
    made->back = frame;
    made->mode = FrameMode::Call;
    made->depth = frame->depth + 1;
    callee = made;
    return CallStep::Enter;
  }
  Value v = vm_.call(callable, call_args);
  drop_to(frame, base);
  if (!v) {
    // A builtin asking the host for something (HostRequest) suspends the whole stack here;
    // the answer is pushed as this call's result on resume.
    if (!vm_.has_pending_exception() && host_request.kind != HostRequest::Kind::None)
      return CallStep::HostRequest;
    return CallStep::Error;
  }
  push(frame, std::move(v));
  return CallStep::Pushed;
}

// A `yield from` of anything but a generator: next() (or send()) once. Returns 1 with
// `yielded` to yield outward (the frame resumes at this YieldFrom with [subiterator, sent]),
// 0 when the iterator is exhausted (its value replaces both), -1 when it raised.
int Interpreter::yield_from_other(Frame* frame, Value& yielded) {
  Value v = yield_from_step(vm_, peek(frame, 2), top(frame));
  if (!v) {
    Value result = vm_.none();
    if (vm_.has_pending_exception()) {
      if (!vm_.pending_is(vm_.exc().StopIteration)) return -1;
      result = stop_iteration_value(vm_, vm_.take_exception());
    }
    drop(frame);
    top(frame) = std::move(result);
    return 0;
  }
  drop(frame);
  --frame->ip;
  yielded = std::move(v);
  return 1;
}

// loop()'s error path: an exception is pending at `ip` in `frame`. Finds a handler in this
// frame or a caller, finishing the frames without one. Returns the frame to go on in (at the
// handler, with the exception pushed), or null when the entry frame finished with it.
Frame* Interpreter::unwind(Frame* frame, std::uint32_t ip) {
  if (!reraising_) add_traceback(vm_, frame, ip > 0 ? ip - 1 : 0);
  reraising_ = false;
  for (;;) {
    if (frame->nblocks > 0) {
      Block block = frame->blocks[--frame->nblocks];
      Value* level = frame->stack + block.level;
      drop_to(frame, level);
      // A Reraise pops the exception below the level the handler code expects: refill it.
      while (frame->sp < level) push(frame, Value());
      push(frame, vm_.take_exception());
      frame->ip = block.handler;
      frame->await_state = 0;
      return frame;
    }
    // Unhandled here: the frame is done; the caller sees the exception at its call.
    FrameMode mode = frame->mode;
    Frame* back = frame->back;
    drop_to(frame, frame->stack);
    finish_frame_with_error(vm_, frame);
    if (mode == FrameMode::Entry) return nullptr;
    frame = back;
    current_ = frame;
    frame->await_state = 0;
    if (mode == FrameMode::ForIter || mode == FrameMode::YieldFrom) {
      // A generator raising StopIteration from its body is a RuntimeError (PEP 479).
      convert_stop_iteration(vm_, true);
    }
    if (mode == FrameMode::AsyncGenNext && anext_is_closing(frame->sp[-1]) &&
        (vm_.pending_is(vm_.exc().GeneratorExit) || vm_.pending_is(vm_.exc().StopAsyncIteration))) {
      // aclose() is done: the generator let GeneratorExit through (or ended so).
      vm_.take_exception();
      frame->sp[-1] = vm_.none();
      ++frame->ip;
      return frame;
    }
    if (mode == FrameMode::Await || mode == FrameMode::AsyncGenNext) {
      convert_stop_iteration(vm_, false);
    }
    add_traceback(vm_, frame, frame->ip);
  }
}

std::vector<std::pair<Frame*, std::uint32_t>> Interpreter::running_frames() const {
  std::vector<std::pair<Frame*, std::uint32_t>> frames;
  const RunLink* run = runs_;
  for (Frame* top = current_; top;
       top = run ? run->caller : nullptr, run = run ? run->outer : nullptr) {
    // The innermost frame of each run called a builtin and stepped past its call; the frames
    // behind it wait at theirs.
    frames.emplace_back(top, top->ip > 0 ? top->ip - 1 : 0);
    for (Frame* f = top->back; f; f = f->back) frames.emplace_back(f, f->ip);
  }
  return frames;
}

}  // namespace py
