#include "vm/interpreter.hpp"

#include <cassert>
#include <cstdlib>
#include <cstring>
#include <new>

#include "vm/runtime_support.hpp"

// Threaded dispatch (see loop()): GCC and Clang's labels as values, not on wasm, where
// computed gotos compile to a switch anyway.
#if defined(__GNUC__) && !defined(__wasm__)
#define ATTENDABLE_THREADED_DISPATCH 1
#else
#define ATTENDABLE_THREADED_DISPATCH 0
#endif

// The instructions with a handler of their own in the dispatch table; the others go through
// the switch.
// clang-format off
#define ATTENDABLE_THREADED_OPS(X)                                                          \
  X(PopTop) X(PushNull) X(Copy) X(Swap) X(LoadConst) X(LoadFast) X(StoreFast) X(LoadGlobal) \
  X(LoadAttr) X(StoreAttr) X(LoadMethod) X(BinarySubscr) X(StoreSubscr) X(BinaryOp)          \
  X(BinaryOpConst) X(CompareOp) X(CompareOpConst) X(IsOp) X(ContainsOp) X(BuildTuple)        \
  X(BuildList) X(ListAppend) X(Jump)                                                         \
  X(PopJumpIfFalse) X(PopJumpIfTrue) X(GetIter) X(ForIter) X(Call) X(ReturnValue)
// clang-format on

namespace py {

namespace {

// The small-int fast paths of BinaryOp and CompareOp (and their Const twins): r = x op y, false
// when the operator or the result needs the slow path.
[[gnu::always_inline]] inline bool small_int_op(int op, std::int64_t x, std::int64_t y,
                                                std::int64_t& r) {
  switch (op) {
    case kAdd:
      r = x + y;
      break;
    case kSub:
      r = x - y;
      break;
    case kMul:
      if (__builtin_mul_overflow(x, y, &r)) return false;
      break;
    case kAnd:
      r = x & y;
      break;
    case kOr:
      r = x | y;
      break;
    case kXor:
      r = x ^ y;
      break;
    case kFloorDiv:
    case kMod: {
      if (y == 0) return false;
      std::int64_t q = x / y, m = x % y;
      if (m != 0 && ((m < 0) != (y < 0))) {
        q -= 1;
        m += y;
      }
      r = op == kMod ? m : q;
      break;
    }
    default:
      return false;
  }
  return Value::fits_small(r);
}

[[gnu::always_inline]] inline bool small_int_compare(std::uint32_t op, std::int64_t x,
                                                     std::int64_t y) {
  switch (op) {
    case kLt:
      return x < y;
    case kLe:
      return x <= y;
    case kEq:
      return x == y;
    case kNe:
      return x != y;
    case kGt:
      return x > y;
    case kGe:
      return x >= y;
  }
  return false;
}

// Freed frames are kept for reuse, by size, so a call costs no malloc/free: a Python call is a
// frame push, and fib(25) makes a quarter of a million of them. Bounded per size class.
class FramePool {
 public:
  static constexpr std::size_t kGranule = 16;
  static constexpr std::size_t kClasses = 128;  // frames up to 2 KB are pooled
  static constexpr std::uint32_t kMaxCached = 256;

  static std::size_t size_class(std::size_t bytes) { return (bytes + kGranule - 1) / kGranule; }

  void* allocate(std::size_t bytes) {
    std::size_t c = size_class(bytes);
    if (c < kClasses && free_[c]) {
      FreeBlock* block = free_[c];
      free_[c] = block->next;
      --count_[c];
      return block;
    }
    // Zeroed: a frame's value slots start null (see free_frame).
    return std::calloc(1, c * kGranule);
  }

  void release(void* memory, std::size_t bytes) {
    std::size_t c = size_class(bytes);
    if (c < kClasses && count_[c] < kMaxCached) {
      auto* block = static_cast<FreeBlock*>(memory);
      block->next = free_[c];
      free_[c] = block;
      ++count_[c];
      return;
    }
    std::free(memory);
  }

  ~FramePool() {
    for (FreeBlock* list : free_) {
      while (list) {
        FreeBlock* next = list->next;
        std::free(list);
        list = next;
      }
    }
  }

 private:
  struct FreeBlock {
    FreeBlock* next;
  };
  FreeBlock* free_[kClasses] = {};
  std::uint32_t count_[kClasses] = {};
};

thread_local FramePool frame_pool;

void compute_frame_layout(Code* code) {
  code->plain_positional = code->kwonlyargcount == 0 && code->ncells() == 0 &&
                           !(code->flags & (kVarArgs | kVarKeywords)) && !code->is_generator_like();
  code->frame_fast = code->nlocals() + code->ncells();
  code->frame_slots = code->frame_fast + code->stacksize;
  code->frame_bytes = static_cast<std::uint32_t>(sizeof(Frame) + code->frame_slots * sizeof(Value) +
                                                 code->blocksize * sizeof(Block));
}

}  // namespace

// new_frame's body once the layout is known, inlined into the loop's call of a Python function:
// in V8's baseline code, which runs a fresh engine's first tens of milliseconds, every call costs.
[[gnu::always_inline]] inline Frame* frame_from_pool(Code* code) {
  // Everything after the header of a pooled or new block is zero, so the value slots are
  // already null: free_frame leaves them so.
  void* memory = frame_pool.allocate(code->frame_bytes);
  if (!memory) return nullptr;
  Value* values = reinterpret_cast<Value*>(static_cast<Frame*>(memory) + 1);
  Frame* frame = new (memory) Frame(code, values, values + code->frame_fast,
                                    reinterpret_cast<Block*>(values + code->frame_slots));
#ifndef NDEBUG
  for (std::uint32_t i = 0; i < code->frame_slots; ++i) assert(!values[i]);
#endif
  return frame;
}

Frame* new_frame(Code* code) {
  if (!code->frame_bytes) compute_frame_layout(code);
  return frame_from_pool(code);
}

namespace {

// BuildTuple and BuildList: the `count` values from `first` move into a new tuple or list. Out
// of loop(), as frame_step() is: the vector's code is more than the rest of the instruction.
[[gnu::noinline]] Value build_sequence(VM& vm, Op op, Value* first, std::uint32_t count) {
  std::vector<Value> items(std::make_move_iterator(first), std::make_move_iterator(first + count));
  return op == Op::BuildTuple ? vm.make_tuple(std::move(items)) : vm.make_list(std::move(items));
}

// free_frame's body, inlined into ReturnValue: a return is as frequent as a call, and in V8's
// baseline code (a fresh engine runs its first tens of milliseconds there) every call costs.
[[gnu::always_inline]] inline void release_frame(Frame* frame) {
  Value* values = frame->fast;
  const std::size_t bytes = frame->code->frame_bytes;
  // Stack slots at and above sp are already null: only locals, cells and live stack values.
  // They are left null, and the block records zeroed, for the next frame made from this memory.
  const std::uint32_t live = static_cast<std::uint32_t>(frame->sp - values);
  for (std::uint32_t i = 0; i < live; ++i) values[i] = Value();
  if (frame->code->blocksize)
    std::memset(static_cast<void*>(frame->blocks), 0, frame->code->blocksize * sizeof(Block));
  frame->~Frame();
  frame_pool.release(frame, bytes);
}

}  // namespace

void free_frame(Frame* frame) { release_frame(frame); }

void Interpreter::discard_chain(Frame* innermost) {
  while (innermost) {
    Frame* back = innermost->back;
    innermost->back = nullptr;
    if (!innermost->generator) free_frame(innermost);
    if (innermost->mode == FrameMode::Entry) break;
    innermost = back;
  }
}

namespace {

// "f() missing 1 required positional argument: 'x'" and friends.
std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

}  // namespace

Frame* Interpreter::frame_for_call(Function& function, CallArgs args) {
  Code* code = function.code.get();
  // The function's __qualname__ names it in argument errors, as in CPython 3.10+: a program
  // may have changed it (dataclasses name their generated __init__ so).
  auto fname = [&]() -> const std::string& {
    return function.qualname ? VM::str_text(function.qualname) : code->qualname;
  };
  if (frame_depth() >= vm_.recursion_limit) {
    vm_.raise(vm_.exc().RecursionError, "maximum recursion depth exceeded");
    return nullptr;
  }
  Frame* frame = new_frame(code);
  if (!frame) {
    vm_.raise(vm_.exc().MemoryError, "");
    return nullptr;
  }
  frame->function = Value(&function);
  frame->globals = function.globals;
  Value* fast = frame->fast;
  std::uint32_t argcount = code->argcount;
  std::uint32_t total_params = argcount + code->kwonlyargcount;
  bool varargs = code->flags & kVarArgs;
  bool varkw = code->flags & kVarKeywords;
  auto fail = [&](std::string message) -> Frame* {
    free_frame(frame);
    vm_.type_error(std::move(message));
    return nullptr;
  };
  // Positional arguments.
  std::uint32_t n = std::min(args.nargs, argcount);
  for (std::uint32_t i = 0; i < n; ++i) fast[i] = args.args[i];
  if (args.nargs > argcount) {
    if (!varargs) {
      std::uint32_t defaults = function.defaults ? static_cast<std::uint32_t>(
                                                       function.defaults.as<Tuple>()->items.size())
                                                 : 0;
      std::string takes;
      if (defaults) {
        takes = "from " + std::to_string(argcount - defaults) + " to " + std::to_string(argcount);
      } else {
        takes = std::to_string(argcount);
      }
      return fail(fname() + "() takes " + takes + " positional argument" +
                  (argcount == 1 && !defaults ? "" : "s") + " but " + std::to_string(args.nargs) +
                  (args.nargs == 1 ? " was" : " were") + " given");
    }
  }
  if (varargs) {
    std::vector<Value> rest;
    for (std::uint32_t i = argcount; i < args.nargs; ++i) rest.push_back(args.args[i]);
    fast[total_params] = vm_.make_tuple(std::move(rest));
  }
  Value kwdict;
  if (varkw) {
    kwdict = vm_.make_dict();
    fast[total_params + (varargs ? 1 : 0)] = kwdict;
  }
  // Keyword arguments.
  for (std::uint32_t k = 0; k < args.nkw; ++k) {
    const Value& key = args.kwnames[k];
    std::uint32_t index = total_params;
    for (std::uint32_t i = code->posonlyargcount; i < total_params; ++i) {
      if (code->varnames[i].is(key) || VM::str_text(code->varnames[i]) == VM::str_text(key)) {
        index = i;
        break;
      }
    }
    if (index == total_params) {
      if (varkw) {
        vm_.dict_set(*kwdict.as<Dict>(), key, args.kwvalues[k]);
        continue;
      }
      return fail(fname() + "() got an unexpected keyword argument '" + VM::str_text(key) + "'");
    }
    if (fast[index]) {
      return fail(fname() + "() got multiple values for argument '" + VM::str_text(key) + "'");
    }
    fast[index] = args.kwvalues[k];
  }
  // Defaults, and what is still missing.
  if (args.nargs < argcount) {
    std::uint32_t ndefaults =
        function.defaults ? static_cast<std::uint32_t>(function.defaults.as<Tuple>()->items.size())
                          : 0;
    std::uint32_t first_default = argcount - ndefaults;
    std::vector<std::string> missing;
    for (std::uint32_t i = args.nargs; i < argcount; ++i) {
      if (fast[i]) continue;
      if (i >= first_default) {
        fast[i] = function.defaults.as<Tuple>()->items[i - first_default];
      } else {
        missing.push_back(VM::str_text(code->varnames[i]));
      }
    }
    if (!missing.empty()) {
      return fail(fname() + "() missing " + std::to_string(missing.size()) +
                  " required positional argument" + (missing.size() == 1 ? "" : "s") + ": " +
                  quoted_list(missing));
    }
  }
  if (code->kwonlyargcount) {
    std::vector<std::string> missing;
    for (std::uint32_t i = argcount; i < total_params; ++i) {
      if (fast[i]) continue;
      Value d;
      if (function.kwdefaults) {
        vm_.dict_get_str(*function.kwdefaults.as<Dict>(), code->varnames[i], d);
      }
      if (d) {
        fast[i] = d;
      } else {
        missing.push_back(VM::str_text(code->varnames[i]));
      }
    }
    if (!missing.empty()) {
      return fail(fname() + "() missing " + std::to_string(missing.size()) +
                  " required keyword-only argument" + (missing.size() == 1 ? "" : "s") + ": " +
                  quoted_list(missing));
    }
  }
  // Cells: this code's own (maybe seeded from an argument), then the closure's.
  std::uint32_t nlocals = code->nlocals();
  for (std::uint32_t i = 0; i < code->cellvars.size(); ++i) {
    auto* cell = new Cell();
    cell->set_user_tag(kCellType);
    std::int32_t arg = code->cell_from_arg[i];
    if (arg >= 0) cell->value = fast[arg];
    fast[nlocals + i] = Value(cell);
  }
  if (!code->freevars.empty()) {
    auto& closure = function.closure.as<Tuple>()->items;
    for (std::uint32_t i = 0; i < code->freevars.size(); ++i)
      fast[nlocals + code->cellvars.size() + i] = closure[i];
  }
  return frame;
}

Value Interpreter::call_function(Function& function, CallArgs args) {
  // Python called from native code (a __repr__, a sort key, a __eq__) runs a nested loop on the
  // native stack: bound the nesting well before that stack runs out, in wasm and under ASan too.
  if (nesting_ >= kMaxNativeNesting)
    return vm_.raise(vm_.exc().RecursionError, "maximum recursion depth exceeded");
  Frame* frame = frame_for_call(function, args);
  if (!frame) return Value();
  if (function.code->is_generator_like()) return make_generator(vm_, frame);
  frame->mode = FrameMode::Entry;
  RunResult result = run(frame);
  switch (result.status) {
    case RunStatus::Returned:
      return result.value;
    case RunStatus::Raised:
      return Value();
    default:
      // A nested loop cannot suspend: the native caller is still on the C stack.
      discard_chain(result.innermost);
      return vm_.raise(vm_.exc().RuntimeError,
                       "cannot suspend here: a Python function called from native code "
                       "(a sort key, __repr__...) tried to wait");
  }
}

// `module.name` for a plain module and a name that is not a dunder, which is all the module
// type could define: the module dict's entry, remembered as LoadGlobal remembers a global (an
// entry states where a name sits in one dict, so the two instructions may share it). Null:
// take the generic lookup (not a plain module, a dunder, or a missing name for __getattr__).
const Value* Interpreter::cached_module_attr(const Value& object, Code& code,
                                             std::uint32_t name_index) {
  if (!object.is_object() || object.object()->user_tag() != kModuleType) return nullptr;
  Dict& dict = *object.as<Module>()->dict.as<Dict>();
  if (code.global_cache.empty()) code.global_cache.resize(code.names.size());
  GlobalCacheEntry& cache = code.global_cache[name_index];
  if (cache.globals == &dict && cache.globals_version == dict.keys_version && !cache.in_builtins &&
      dict.keys_version != 0)
    return &dict.entries[cache.index].value;
  const Value& name = code.names[name_index];
  const std::string& text = VM::str_text(name);
  if (text.size() > 1 && text[0] == '_' && text[1] == '_') return nullptr;
  std::int64_t index = vm_.dict_index_str(dict, name);
  if (index < 0) return nullptr;
  if (dict.keys_version == 0) dict.keys_version = next_keys_version();
  cache = {&dict, dict.keys_version, 0, static_cast<std::uint32_t>(index), false};
  return &dict.entries[static_cast<std::size_t>(index)].value;
}

Interpreter::HostTurn Interpreter::poll_host() {
  poll_countdown_ = kPollInterval;
  // The frame is saved: finalizers may run Python (and poll again, which they skip).
  if (vm_.has_pending_finalizers()) vm_.run_finalizers();
  if (vm_.host().interrupt_requested()) return HostTurn::Interrupt;
  if (yield_at != kNoDeadline && can_suspend() && aio::EventLoop::steady_seconds() >= yield_at)
    return HostTurn::Yield;
  return HostTurn::None;
}

Interpreter::CallStep Interpreter::call_native(Frame* frame, Value* base, Value* callable,
                                               std::uint32_t nargs) {
  CallArgs call_args;
  call_args.args = callable + 1;
  call_args.nargs = nargs;
  Value v = vm_.call(*callable, call_args);
  Value* sp = frame->sp;
  while (sp > base) *--sp = Value();
  frame->sp = sp;
  if (!v) {
    if (vm_.has_pending_exception() || host_request.kind == HostRequest::Kind::None)
      return CallStep::Error;
    return CallStep::HostRequest;
  }
  ::new (static_cast<void*>(frame->sp++)) Value(std::move(v));
  return CallStep::Pushed;
}

bool Interpreter::load_method_slow(Frame* frame, std::uint32_t name_index) {
  Code& code = *frame->code;
  Value self = std::move(*--frame->sp);
  Value method;
  if (code.method_cache.empty()) code.method_cache.resize(code.names.size());
  int found =
      load_method(vm_, self, code.names[name_index], method, &code.method_cache[name_index]);
  if (found < 0) return false;
  Value* sp = frame->sp;
  if (found == 1) {
    ::new (static_cast<void*>(sp++)) Value(std::move(method));
    ::new (static_cast<void*>(sp++)) Value(std::move(self));
  } else {
    ::new (static_cast<void*>(sp++)) Value();
    ::new (static_cast<void*>(sp++)) Value(std::move(method));
  }
  frame->sp = sp;
  return true;
}

// ---------------------------------------------------------------------------------------------
// The loop

// loop() and frame_step() keep the running frame's state in locals: `frame`, its `code` and
// `instructions`, the stack pointer `sp` and the next instruction `ip`.
// The slot above sp holds no value: a push constructs in it, with nothing to release.
#define PUSH(v) (::new (static_cast<void*>(sp++)) Value(v))
#define POP() (std::move(*--sp))
#define TOP() (sp[-1])
#define PEEK(n) (sp[-static_cast<std::ptrdiff_t>(n)])
#define LOAD_FRAME()                          \
  do {                                        \
    code = frame->code;                       \
    instructions = code->instructions.data(); \
    sp = frame->sp;                           \
    ip = frame->ip;                           \
    current_ = frame;                         \
  } while (0)
#define SAVE_FRAME() \
  do {               \
    frame->sp = sp;  \
    frame->ip = ip;  \
  } while (0)

RunResult Interpreter::loop(Frame* frame, bool raise_first) {
  current_ = frame;
  Code* code = frame->code;
  const std::uint32_t* instructions = code->instructions.data();
  Value* sp = frame->sp;
  std::uint32_t ip = frame->ip;
  RunResult result{RunStatus::Returned, Value(), nullptr};

// Dispatch. The hot instructions end with DISPATCH(): with GCC/Clang on native targets it
// fetches the next instruction and jumps straight to its handler through a table of label
// addresses, so each handler has its own indirect jump, which the CPU predicts far better than
// the switch's single one (fib: a third fewer cycles). Wasm has no computed goto: there,
// DISPATCH() is the switch's `break`, so it is only used where a `break` leaves the switch
// (never inside an inner loop or switch). A computed goto does not run destructors: a
// handler's DISPATCH() comes after its block has closed, or, inside the block, where no local
// with a destructor is alive.
#if ATTENDABLE_THREADED_DISPATCH
#define CASE(name) \
  case Op::name:   \
  op_##name:
#define DISPATCH()                                   \
  do {                                               \
    word = instructions[ip++];                       \
    arg = Instruction::arg(word);                    \
    goto* dispatch_table[Instruction::opcode(word)]; \
  } while (0)
  static void* dispatch_table[256];
  if (!dispatch_table[0]) {
    for (void*& target : dispatch_table) target = &&dispatch_switch;
#define THREADED(name) dispatch_table[static_cast<int>(Op::name)] = &&op_##name;
    ATTENDABLE_THREADED_OPS(THREADED)
#undef THREADED
  }
#else
#define CASE(name) case Op::name:
#define DISPATCH() break
#endif

  std::uint32_t word = 0;
  std::uint32_t arg = 0;
  std::uint32_t turn_ip = 0;  // host_turn: the instruction to go on at
  if (raise_first) goto error;
  // Entering counts as a poll too: a native loop calling a Python method that neither loops nor
  // calls (list() over an iterator whose __next__ only returns) enters here at every item and
  // must still hear the interrupt flag. A yield request is left to the next back-edge or call.
  if (--poll_countdown_ == 0 && poll_host() == HostTurn::Interrupt) {
    raise_message(vm_.exc().KeyboardInterrupt, "");
    goto error;
  }
  if (frame->await_state == 0xff) {
    frame->await_state = 0;
    // An await of a user awaitable gets the exception thrown into its iterator (await_native).
    if (Instruction::op(instructions[ip]) != Op::Await || sp == frame->stack ||
        !sp[-1].is_object() || sp[-1].object()->user_tag() != kAwaitIterType)
      goto error;
    frame->await_state = 3;
  }

  for (;;) {
    word = instructions[ip++];
    arg = Instruction::arg(word);
#if ATTENDABLE_THREADED_DISPATCH
    goto* dispatch_table[Instruction::opcode(word)];
  dispatch_switch:
#endif
    switch (Instruction::op(word)) {
      case Op::Nop:
      case Op::ReturnGenerator:
      case Op::CheckInterrupt:
        break;
      default: {
        // The instructions that execute_cold() runs, out of this function.
        SAVE_FRAME();
        const bool ok = execute_cold(frame, word);
        // `del x` and module-level stores drop objects here: the finalizers request_poll()
        // announced run before the next instruction reads anything (the frame is saved).
        if (poll_countdown_ == 1 && ok) [[unlikely]]
          vm_.run_finalizers();
        sp = frame->sp;
        ip = frame->ip;
        if (!ok) goto error;
        break;
      }
      CASE(PopTop)
        --sp;
        *sp = Value();
        DISPATCH();
      CASE(PushNull)
        PUSH(Value());
        DISPATCH();
      CASE(Copy) {
        Value v = PEEK(arg);
        PUSH(std::move(v));
      }
      DISPATCH();
      CASE(Swap)
        sp[-1].swap(sp[-static_cast<int>(arg)]);
        DISPATCH();
      CASE(LoadConst)
        PUSH(code->constants[arg]);
        DISPATCH();
      CASE(LoadFast) {
        const Value& v = frame->fast[arg];
        if (!v) {
          SAVE_FRAME();
          raise_unbound_local(code->varnames[arg]);
          goto error;
        }
        PUSH(v);
      }
      DISPATCH();
      CASE(StoreFast)
        frame->fast[arg] = POP();
        DISPATCH();
      case Op::LoadDeref: {
        Cell* cell = frame->fast[code->nlocals() + arg].as<Cell>();
        if (!cell->value) {
          SAVE_FRAME();
          raise_unbound_cell(code, arg);
          goto error;
        }
        PUSH(cell->value);
        break;
      }
      case Op::StoreDeref:
        frame->fast[code->nlocals() + arg].as<Cell>()->value = POP();
        break;
      case Op::LoadClosure:
        PUSH(frame->fast[code->nlocals() + arg]);
        break;
      CASE(LoadGlobal) {
        if (arg & kLoadGlobalPushNull) {
          PUSH(Value());
          arg &= ~kLoadGlobalPushNull;
        }
        Dict& globals = *frame->globals.as<Dict>();
        Dict& builtins = *vm_.builtins().as<Dict>();
        if (!code->global_cache.empty()) {
          const GlobalCacheEntry& cache = code->global_cache[arg];
          if (cache.globals == &globals && cache.globals_version == globals.keys_version &&
              cache.builtins_version == builtins.keys_version && globals.keys_version != 0) {
            const Dict& found_in = cache.in_builtins ? builtins : globals;
            PUSH(found_in.entries[cache.index].value);
            DISPATCH();
          }
        }
        SAVE_FRAME();
        if (const Value* found = load_global_slow(*code, arg, globals, builtins)) {
          PUSH(*found);
          DISPATCH();
        }
        raise_name_error(vm_, code->names[arg], frame);
        goto error;
      }
      CASE(LoadAttr) {
        SAVE_FRAME();
        if (const Value* found = cached_module_attr(TOP(), *code, arg)) {
          TOP() = *found;
          DISPATCH();
        }
        Value v = vm_.get_attr(TOP(), code->names[arg]);
        if (!v) goto error;
        TOP() = std::move(v);
      }
      DISPATCH();
      CASE(StoreAttr) {
        SAVE_FRAME();
        Value object = POP();
        Value value = POP();
        if (!vm_.set_attr(object, code->names[arg], std::move(value))) goto error;
      }
      DISPATCH();
      CASE(LoadMethod) {
        SAVE_FRAME();
        if (!code->method_cache.empty()) {
          const Value& name = code->names[arg];
          if (const Value* method = cached_method(vm_, code->method_cache[arg], TOP(), name)) {
            PUSH(*method);  // [self, method] -> [method, self]
            sp[-1].swap(sp[-2]);
            DISPATCH();
          }
        }
        if (const Value* found = cached_module_attr(TOP(), *code, arg)) {
          PUSH(*found);      // the function, then no self below it: [null, function]
          sp[-2] = Value();  // releases the module after the function is safely copied
          DISPATCH();
        }
        if (!load_method_slow(frame, arg)) goto error;
        sp = frame->sp;
      }
      DISPATCH();
      CASE(BinarySubscr) {
        SAVE_FRAME();
        Value key = POP();
        Value container = POP();
        Value v = fast_subscript(vm_, container, key);
        if (!v) goto error;
        PUSH(std::move(v));
      }
      DISPATCH();
      CASE(StoreSubscr) {
        SAVE_FRAME();
        Value key = POP();
        Value container = POP();
        Value value = POP();
        if (!vm_.set_item(container, key, std::move(value))) goto error;
      }
      DISPATCH();
      CASE(BinaryOp) {
        Value& a = sp[-2];
        const Value& b = sp[-1];
        int op = static_cast<int>(arg) & (kInplaceOffset - 1);
        std::int64_t r;
        if (a.is_small() && b.is_small() && small_int_op(op, a.small_value(), b.small_value(), r)) {
          // Small ints own nothing: the result overwrites them without a release.
          --sp;
          sp[0].clear_non_object();
          a.clear_non_object();
          a.move_to_empty_from(Value::small(r));
          DISPATCH();
        }
        SAVE_FRAME();
        Value v = static_cast<int>(arg) >= kInplaceOffset ? inplace_op(vm_, a, b, op)
                                                          : vm_.binary_op(a, b, op);
        if (!v) goto error;
        --sp;
        *sp = Value();
        sp[-1] = std::move(v);
      }
      DISPATCH();
      // BinaryOp's twin for a constant right operand: a handler of its own, as a flag tested in
      // BinaryOp made GCC's code of both 15% slower natively.
      CASE(BinaryOpConst) {
        Value& a = sp[-1];
        const Value& b = code->constants[arg >> kConstOperandShift];
        const int op_and_inplace = static_cast<int>(arg & kOperandOpMask);
        const int op = op_and_inplace & (kInplaceOffset - 1);
        std::int64_t r;
        if (a.is_small() && b.is_small() && small_int_op(op, a.small_value(), b.small_value(), r)) {
          a.clear_non_object();
          a.move_to_empty_from(Value::small(r));
          DISPATCH();
        }
        SAVE_FRAME();
        Value v =
            op_and_inplace >= kInplaceOffset ? inplace_op(vm_, a, b, op) : vm_.binary_op(a, b, op);
        if (!v) goto error;
        sp[-1] = std::move(v);
      }
      DISPATCH();
      CASE(CompareOp) {
        if (sp[-2].is_small() && sp[-1].is_small()) {
          const bool r = small_int_compare(arg, sp[-2].small_value(), sp[-1].small_value());
          // Small ints own nothing: popping them is clearing the slots.
          sp -= 2;
          sp[0].clear_non_object();
          sp[1].clear_non_object();
          // `if a < b:` compares and branches in one step, without a bool on the stack.
          const std::uint32_t next = instructions[ip];
          if (Instruction::op(next) == Op::PopJumpIfFalse) {
            ip = r ? ip + 1 : Instruction::arg(next);
            DISPATCH();
          }
          if (Instruction::op(next) == Op::PopJumpIfTrue) {
            ip = r ? Instruction::arg(next) : ip + 1;
            DISPATCH();
          }
          PUSH(vm_.boolean(r));
          DISPATCH();
        }
        SAVE_FRAME();
        Value v = vm_.rich_compare(sp[-2], sp[-1], static_cast<int>(arg));
        if (!v) goto error;
        --sp;
        *sp = Value();
        sp[-1] = std::move(v);
      }
      DISPATCH();
      // CompareOp's twin for a constant right operand. Each keeps its own copy of the branch
      // fusion: a tail shared through a goto ran the same instructions, but natively fib(25)
      // took 13.1-13.4 ms instead of 11.1-11.9 (the dispatch after it predicted worse).
      CASE(CompareOpConst) {
        const Value& right = code->constants[arg >> kConstOperandShift];
        const std::uint32_t compare = arg & kOperandOpMask;
        if (sp[-1].is_small() && right.is_small()) {
          const bool r = small_int_compare(compare, sp[-1].small_value(), right.small_value());
          --sp;
          sp[0].clear_non_object();
          const std::uint32_t next = instructions[ip];
          if (Instruction::op(next) == Op::PopJumpIfFalse) {
            ip = r ? ip + 1 : Instruction::arg(next);
            DISPATCH();
          }
          if (Instruction::op(next) == Op::PopJumpIfTrue) {
            ip = r ? Instruction::arg(next) : ip + 1;
            DISPATCH();
          }
          PUSH(vm_.boolean(r));
          DISPATCH();
        }
        SAVE_FRAME();
        Value v = vm_.rich_compare(sp[-1], right, static_cast<int>(compare));
        if (!v) goto error;
        sp[-1] = std::move(v);
      }
      DISPATCH();
      CASE(IsOp) {
        bool r = sp[-2].is(sp[-1]) != (arg == 1);
        --sp;
        *sp = Value();
        sp[-1] = vm_.boolean(r);
      }
      DISPATCH();
      CASE(ContainsOp) {
        SAVE_FRAME();
        int r = vm_.contains(sp[-1], sp[-2]);
        if (r < 0) goto error;
        --sp;
        *sp = Value();
        sp[-1] = vm_.boolean((r == 1) != (arg == 1));
      }
      DISPATCH();
      CASE(BuildTuple)
      CASE(BuildList) {
        SAVE_FRAME();
        Value sequence = build_sequence(vm_, Instruction::op(word), sp - arg, arg);
        sp -= arg;
        PUSH(std::move(sequence));
      }
      DISPATCH();
      CASE(ListAppend) {
        SAVE_FRAME();
        Value v = POP();
        PEEK(arg).as<List>()->items.push_back(std::move(v));
      }
      DISPATCH();
      CASE(Jump)
        if (arg < ip && --poll_countdown_ == 0) {
          turn_ip = arg;  // the loop's start
          goto host_turn;
        }
        ip = arg;
        DISPATCH();
      CASE(PopJumpIfFalse)
      CASE(PopJumpIfTrue) {
        Value v = POP();
        int t;
        if (v.is(vm_.true_value())) {
          t = 1;
        } else if (v.is(vm_.false_value()) || v.is(vm_.none())) {
          t = 0;
        } else {
          SAVE_FRAME();
          t = vm_.truthy(v);
          if (t < 0) goto error;
        }
        if ((t == 1) == (Instruction::op(word) == Op::PopJumpIfTrue)) ip = arg;
      }
      DISPATCH();
      CASE(GetIter) {
        SAVE_FRAME();
        Value it = vm_.iter(TOP());
        if (!it) goto error;
        TOP() = std::move(it);
      }
      DISPATCH();
      CASE(ForIter) {
        Value& iterator = TOP();
        // A Python generator runs inline, its frame on top of this one (frame_step).
        if (iterator.is_object() && iterator.object()->user_tag() == kGeneratorType)
          goto frame_switch;
        SAVE_FRAME();
        Value v = vm_.next(iterator);
        if (!v) {
          if (vm_.has_pending_exception()) goto error;
          --sp;
          *sp = Value();
          ip = arg;
          break;
        }
        PUSH(std::move(v));
      }
      DISPATCH();
      CASE(Call) {
        // Calls poll the host too, so that recursion without loops hears Stop and yields at
        // the end of a slice (it resumes at this call). Re-entering the loop after a yield is
        // also what lets a JIT tier up (V8 swaps in optimised wasm code only at a call).
        if (--poll_countdown_ == 0) {
          turn_ip = ip - 1;  // this call
          goto host_turn;
        }
        // Fast path: a plain Python function called with exactly its positional parameters,
        // self included after LoadMethod's [function, self]. The arguments move from this
        // stack into the new frame's locals.
        Value* base = sp - arg - 2;
        Value* callable = base[0] ? base : base + 1;
        const std::uint32_t nargs = static_cast<std::uint32_t>(sp - callable) - 1;
        if (callable->is_object() && callable->object()->user_tag() == kFunctionType) {
          auto* function = callable->as<Function>();
          Code* callee_code = function->code.get();
          if (!callee_code->frame_bytes) compute_frame_layout(callee_code);
          if (callee_code->plain_positional && callee_code->argcount == nargs &&
              frame->depth + 1 < vm_.recursion_limit) {
            Frame* callee = frame_from_pool(callee_code);
            if (callee) {
              Value* args = callable + 1;
              for (std::uint32_t i = 0; i < nargs; ++i) args[i].move_to_empty(callee->fast[i]);
              // The new frame's slots are empty (frames come zeroed): no release to compile
              // in, which also kept clang from inlining these two assignments here.
              function->globals.copy_to_empty(callee->globals);
              callable->move_to_empty(callee->function);
              sp = base;
              frame->sp = sp;
              frame->ip = ip - 1;
              callee->back = frame;
              callee->mode = FrameMode::Call;
              callee->depth = frame->depth + 1;
              frame = callee;
              LOAD_FRAME();
              DISPATCH();
            }
          }
        } else if (!callable->is_object() || callable->object()->user_tag() != kMethodType) {
          // A builtin, a class, any other callable but a Python function or method: asyncio
          // programs call builtins as often as Python functions.
          SAVE_FRAME();
          const CallStep step = call_native(frame, base, callable, nargs);
          sp = frame->sp;
          if (step == CallStep::Pushed) DISPATCH();
          if (step == CallStep::Error) goto error;
          // The builtin asks the host for something: suspend the whole stack here; the answer
          // is pushed as this call's result on resume.
          result.status = RunStatus::HostRequest;
          result.innermost = frame;
          goto leave;
        }
        goto generic_call;
      }
      case Op::CallKw:
      case Op::CallEx:
      generic_call: {
        SAVE_FRAME();
        Frame* callee = nullptr;
        const CallStep step = call_generic(frame, word, callee);
        sp = frame->sp;
        ip = frame->ip;
        if (step == CallStep::Error) goto error;
        if (step == CallStep::HostRequest) {
          result.status = RunStatus::HostRequest;
          result.innermost = frame;
          goto leave;
        }
        if (step == CallStep::Enter) {
          frame = callee;
          LOAD_FRAME();
        }
        break;
      }
      CASE(ReturnValue) {
        Value v = POP();
        // Frame finished: hand the value to whoever is waiting for it.
        FrameMode mode = frame->mode;
        Frame* back = frame->back;
        frame->sp = sp;
        if (frame->generator) {
          finish_frame(vm_, frame);
        } else {
          release_frame(frame);
        }
        if (mode == FrameMode::Entry) {
          result.status = RunStatus::Returned;
          result.value = std::move(v);
          goto leave;
        }
        frame = back;
        LOAD_FRAME();
        if (mode == FrameMode::Call) {
          ++ip;
          PUSH(std::move(v));
        } else {
          SAVE_FRAME();
          const bool resumed = resume_after_return(frame, mode, std::move(v));
          sp = frame->sp;
          ip = frame->ip;
          if (!resumed) goto error;
        }
        // The returning frame's locals went: the finalizers request_poll() announced run now,
        // before the caller reads the state they may change.
        if (poll_countdown_ == 1) [[unlikely]] {
          SAVE_FRAME();
          vm_.run_finalizers();
        }
      }
      DISPATCH();
      case Op::GetAwaitable: {
        SAVE_FRAME();
        Value awaitable = get_awaitable(vm_, TOP(), arg);
        if (!awaitable) goto error;
        TOP() = std::move(awaitable);
        break;
      }
      case Op::Await: {
        // A coroutine or an async generator's step runs inline (frame_step).
        const std::uint32_t tag = TOP().object()->user_tag();
        if (tag == kCoroutineType || tag == kAnextType) goto frame_switch;
        Value& awaitable = TOP();
        // A future, a task or a sleep: complete now, or suspend the whole chain on it.
        SAVE_FRAME();
        frame->ip = ip - 1;
        Value outcome;
        AwaitStep step = await_native(vm_, awaitable, frame, outcome);
        if (step == AwaitStep::Error) {
          frame->ip = ip;
          goto error;
        }
        if (step == AwaitStep::Done) {
          frame->ip = ip;
          TOP() = std::move(outcome);
          break;
        }
        if (!can_suspend_await()) {
          frame->ip = ip;
          raise_message(vm_.exc().RuntimeError,
                        "await outside a running task: this coroutine must be run by asyncio "
                        "(asyncio.run, create_task or a top-level await)");
          frame->await_state = 0;
          goto error;
        }
        result.status = RunStatus::Suspended;
        result.value = std::move(outcome);  // the future, or null for a bare yield
        result.innermost = frame;
        goto leave;
      }
      case Op::YieldValue:
      case Op::YieldFrom:
      frame_switch : {
        SAVE_FRAME();
        const FrameStep step = frame_step(frame, word, result);
        if (step == FrameStep::Leave) goto leave;
        LOAD_FRAME();
        if (step == FrameStep::Raised) goto error;
        break;
      }
      case Op::SetupFinally:
      case Op::SetupWith: {
        Block& block = frame->blocks[frame->nblocks++];
        block.handler = arg;
        block.level = static_cast<std::uint32_t>(sp - frame->stack);
        if (Instruction::op(word) == Op::SetupWith) --block.level;
        break;
      }
      case Op::PopBlock:
        --frame->nblocks;
        break;
    }
    continue;

  host_turn : {
    // A loop back-edge or a call polled the host; turn_ip is where the program goes on.
    frame->sp = sp;
    frame->ip = turn_ip;
    const HostTurn turn = poll_host();
    if (turn == HostTurn::Interrupt) {
      SAVE_FRAME();
      raise_message(vm_.exc().KeyboardInterrupt, "");
      ip = turn_ip + 1;  // the traceback names turn_ip's line
      goto error;
    }
    if (turn == HostTurn::Yield) {
      // A long computation gives the host a turn (the browser posts output, hears Stop) and
      // goes on at turn_ip when resumed.
      goto yield_to_host;
    }
    reenter_ = true;
    goto leave;
  }

  error: {
    // An exception is pending: find a handler in this frame or a caller.
    frame->sp = sp;
    Frame* handler = unwind(frame, ip);
    if (!handler) {
      result.status = RunStatus::Raised;
      goto leave;
    }
    frame = handler;
    LOAD_FRAME();
    continue;
  }
  }

yield_to_host:
  host_request.kind = HostRequest::Kind::Yield;
  result.status = RunStatus::HostRequest;
  result.innermost = frame;
leave:
  return result;
#undef CASE
#undef DISPATCH
}

// The instructions that move between frames without a call: a generator resumed by ForIter,
// yield, yield from, and the await of a coroutine or an async generator's step. They run out of
// loop() so that loop() stays small: V8 compiles a function's optimised code in one piece, in
// time that grows with its size, and a fresh engine runs the loop in baseline code until that
// code is ready (docs/ARCHITECTURE.md, "The wasm engine's speed"). A call costs little next to
// what these instructions do.
Interpreter::FrameStep Interpreter::frame_step(Frame*& running, std::uint32_t word,
                                               RunResult& result) {
  Frame* frame = running;
  Code* code;
  const std::uint32_t* instructions;
  Value* sp;
  std::uint32_t ip;
  LOAD_FRAME();
  (void)instructions;  // LOAD_FRAME's, which these instructions do not read
  const std::uint32_t arg = Instruction::arg(word);
  Value yielded;  // the value a suspending generator hands out
  switch (Instruction::op(word)) {
    case Op::ForIter: {
      auto* gen = TOP().as<GeneratorObject>();
      if (gen->finished || !gen->frame) {
        --sp;
        *sp = Value();
        ip = arg;
        break;
      }
      SAVE_FRAME();
      Frame* callee =
          link_generator_frame(frame, *gen, FrameMode::ForIter, "generator already executing");
      if (!callee) goto raised;
      gen->started = true;
      if (callee->ip > 0 && !callee->await_state) {
        // Resuming after a yield: the yield expression's value is None.
        *callee->sp++ = vm_.none();
      }
      frame = callee;
      LOAD_FRAME();
      break;
    }
    case Op::YieldValue:
      yielded = POP();
      goto suspend_generator;
    suspend_generator : {
      // Suspend this generator frame (and any `yield from` delegators above it), which
      // resumes at `ip`.
      for (;;) {
        frame->sp = sp;
        frame->ip = ip;
        FrameMode mode = frame->mode;
        Frame* back = frame->back;
        if (frame->generator) frame->generator->running = false;
        frame->back = nullptr;
        if (mode == FrameMode::Entry) {
          result.status = RunStatus::Yielded;
          result.value = std::move(yielded);
          result.innermost = frame;
          goto leave;
        }
        frame = back;
        LOAD_FRAME();
        if (mode == FrameMode::YieldFrom) {
          // The delegator yields too; it will resume at its YieldFrom with the sent value.
          --sp;  // drop the sent value slot; re-pushed on resume
          *sp = Value();
          continue;
        }
        if (mode == FrameMode::ForIter || mode == FrameMode::Call) {
          ++ip;
          PUSH(std::move(yielded));
          break;
        }
        if (mode == FrameMode::AsyncGenNext) {
          frame->await_state = 0;
          ++ip;
          if (anext_is_closing(TOP())) {
            raise_message(vm_.exc().RuntimeError, "async generator ignored GeneratorExit");
            goto raised;
          }
          TOP() = std::move(yielded);
          break;
        }
        // A coroutine cannot yield a value to an await.
        raise_message(vm_.exc().RuntimeError, "coroutine yielded a value to await");
        goto raised;
      }
      break;
    }
    case Op::YieldFrom: {
      // [subiterator, sent]
      Value& sub = PEEK(2);
      if (sub.is_object() && sub.object()->user_tag() == kGeneratorType) {
        auto* gen = sub.as<GeneratorObject>();
        if (!gen->frame || gen->finished) {
          --sp;
          *sp = Value();
          TOP() = vm_.none();
          break;
        }
        // A generator that is running (itself, or one delegating to this one) is an error.
        SAVE_FRAME();
        Frame* callee =
            link_generator_frame(frame, *gen, FrameMode::YieldFrom, "generator already executing");
        if (!callee) goto raised;
        Value sent = POP();
        if (gen->started) *callee->sp++ = std::move(sent);
        gen->started = true;
        *sp++ = Value();  // placeholder for the sent slot, dropped when the callee returns
        frame->sp = sp;
        frame = callee;
        LOAD_FRAME();
        break;
      }
      // Any other iterator: next() until exhausted, yielding each value outward.
      SAVE_FRAME();
      const int step = yield_from_other(frame, yielded);
      sp = frame->sp;
      ip = frame->ip;
      if (step < 0) goto raised;
      if (step == 0) break;
      goto suspend_generator;
    }
    case Op::Await: {
      Value& awaitable = TOP();
      std::uint32_t tag = awaitable.object()->user_tag();
      if (tag == kCoroutineType) {
        auto* coro = awaitable.as<GeneratorObject>();
        if (frame->await_state == 0xfe) {
          // Resumed with a value: a Python coroutine's result was pushed.
          frame->await_state = 0;
          Value v = POP();
          TOP() = std::move(v);
          break;
        }
        if (coro->finished || !coro->frame) {
          SAVE_FRAME();
          raise_message(vm_.exc().RuntimeError, "cannot reuse already awaited coroutine");
          goto raised;
        }
        SAVE_FRAME();
        Frame* callee =
            link_generator_frame(frame, *coro, FrameMode::Await, "coroutine already executing");
        if (!callee) goto raised;
        coro->started = true;
        coro->awaited = true;
        frame = callee;
        LOAD_FRAME();
        break;
      }
      if (tag == kAnextType) {
        SAVE_FRAME();
        Frame* callee = nullptr;
        Value immediate;
        int r = anext_enter(vm_, awaitable, frame, callee, immediate);
        if (r < 0) goto raised;
        if (r == 0) {
          TOP() = std::move(immediate);
          break;
        }
        frame->ip = ip - 1;
        frame = callee;
        LOAD_FRAME();
        if (r == 2) goto raised;  // athrow() / aclose(): raised at the generator's yield
        break;
      }
      break;
    }
    default:
      break;
  }
  SAVE_FRAME();
  running = frame;
  return FrameStep::Next;
raised:
  SAVE_FRAME();
  running = frame;
  return FrameStep::Raised;
leave:
  running = frame;
  return FrameStep::Leave;
}

Frame* Interpreter::link_generator_frame(Frame* frame, GeneratorObject& generator, FrameMode mode,
                                         const char* running_message) {
  if (generator.running) {
    raise_message(vm_.exc().ValueError, running_message);
    return nullptr;
  }
  if (frame->depth + 1 >= vm_.recursion_limit) {
    raise_message(vm_.exc().RecursionError, "maximum recursion depth exceeded");
    return nullptr;
  }
  frame->ip -= 1;  // the resumer goes on at this instruction when the callee hands back
  Frame* callee = generator.frame;
  generator.running = true;
  callee->back = frame;
  callee->mode = mode;
  callee->depth = frame->depth + 1;
  return callee;
}

// A generator or coroutine returned to the instruction that resumed it (frame->ip, saved):
// false when that raised.
bool Interpreter::resume_after_return(Frame* frame, FrameMode mode, Value v) {
  Code* code;
  const std::uint32_t* instructions;
  Value* sp;
  std::uint32_t ip;
  LOAD_FRAME();
  switch (mode) {
    case FrameMode::ForIter:
      // Generator exhausted: drop the iterator, jump past the loop.
      --sp;
      *sp = Value();
      ip = Instruction::arg(instructions[ip]);
      break;
    case FrameMode::YieldFrom:
      // [subiterator, sent] -> [result]
      --sp;
      *sp = Value();
      TOP() = std::move(v);
      ++ip;
      break;
    case FrameMode::Await:
      TOP() = std::move(v);
      frame->await_state = 0;
      ++ip;
      break;
    case FrameMode::AsyncGenNext:
      frame->await_state = 0;
      if (Value fallback = anext_default(TOP())) {  // anext(agen, default)
        TOP() = std::move(fallback);
        ++ip;
        break;
      }
      --sp;
      *sp = Value();
      SAVE_FRAME();
      raise_message(vm_.exc().StopAsyncIteration, "");
      return false;
    default:
      break;
  }
  SAVE_FRAME();
  return true;
}
#undef PUSH
#undef POP
#undef TOP
#undef PEEK
#undef LOAD_FRAME
#undef SAVE_FRAME

}  // namespace py
