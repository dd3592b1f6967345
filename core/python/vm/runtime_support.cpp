// The interpreter loop's helpers (see runtime_support.hpp): functions and generators, method
// lookup, unpacking, exceptions and tracebacks, classes, and the native side of iteration.
#include "vm/runtime_support.hpp"

#include <algorithm>
#include <cctype>

#include "modules/asyncio.hpp"
#include "objects/container_methods.hpp"
#include "objects/str_methods.hpp"
#include "program.hpp"
#include "vm/builtin_types.hpp"

namespace py {

Value generator_next(VM& vm, const Value& generator);

namespace {

Dict& dict_of(const Value& v) {
  return *v.as<Dict>();
}

}  // namespace

// ---- Functions and generators ------------------------------------------------------------------

Value make_function(VM& vm, const std::shared_ptr<Code>& code, const Value& globals, Value defaults,
                    Value kwdefaults, Value closure) {
  auto* f = new Function();
  f->set_user_tag(kFunctionType);
  f->code = code;
  f->globals = globals;
  f->defaults = std::move(defaults);
  f->kwdefaults = std::move(kwdefaults);
  f->closure = std::move(closure);
  f->name = vm.intern(code->name);
  f->qualname = vm.make_str(code->qualname);
  f->module = vm.dict_get_item(dict_of(globals), "__name__");
  f->doc = code->doc ? code->doc : vm.none();
  return Value(f);
}

Value make_generator(VM& vm, Frame* frame) {
  auto* g = new GeneratorObject();
  std::uint32_t flags = frame->code->flags;
  g->set_user_tag((flags & kCoroutine)        ? kCoroutineType
                  : (flags & kAsyncGenerator) ? kAsyncGeneratorType
                                              : kGeneratorType);
  g->frame = frame;
  frame->generator = g;
  if (frame->function) {
    g->name = frame->function.as<Function>()->name;
    g->qualname = frame->function.as<Function>()->qualname;
  } else {
    g->name = vm.make_str(frame->code->name);
    g->qualname = vm.make_str(frame->code->qualname);
  }
  return Value(g);
}

GeneratorObject::~GeneratorObject() {
  if (user_tag() == kCoroutineType && !awaited && !started)
    if (VM* vm = VM::current()) warn_never_awaited(*vm, VM::str_text(qualname));
  if (loop_hooked)
    if (VM* vm = VM::current()) std::erase(vm->loop_asyncgens, this);
  if (frame) free_frame(frame);
}

namespace {
// The warnings shown so far (CPython's __warningregistry__): the "default" action shows a
// warning once per text and place, so a coroutine never awaited in a loop warns once.
struct ShownWarnings : VM::ModuleState {
  std::vector<std::string> keys;  // few: searched in order
};
constexpr char kShownWarningsKey = 0;
}  // namespace

void warn_never_awaited(VM& vm, std::string_view qualname) {
  // Where Python code is running, the warning names its line, as warnings.warn does.
  std::string where = "sys:1";
  std::string source_line;
  if (Frame* frame = vm.interpreter().current_frame(); frame && frame->code->source) {
    const Code& code = *frame->code;
    std::uint32_t line = code.line_of(frame->ip > 0 ? frame->ip - 1 : 0);
    where = code.source->filename + ":" + std::to_string(line);
    std::string_view text = code.source->line(line);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    if (!text.empty()) source_line = "  " + std::string(text) + "\n";
  }
  VM::ModuleState* shown = vm.find_module_state(&kShownWarningsKey);
  if (!shown) shown = &vm.add_module_state(&kShownWarningsKey, std::make_unique<ShownWarnings>());
  std::vector<std::string>& keys = static_cast<ShownWarnings*>(shown)->keys;
  std::string key = where + " " + std::string(qualname);
  if (std::find(keys.begin(), keys.end(), key) != keys.end()) return;
  keys.push_back(std::move(key));
  vm.host().write_stderr(where + ": RuntimeWarning: coroutine '" + std::string(qualname) +
                         "' was never awaited\n" + source_line +
                         "RuntimeWarning: Enable tracemalloc to get the object allocation "
                         "traceback\n");
}

void finish_frame(VM& vm, Frame* frame) {
  (void)vm;
  if (GeneratorObject* g = frame->generator) {
    g->frame = nullptr;
    g->finished = true;
    g->running = false;
  }
  free_frame(frame);
}

void finish_frame_with_error(VM& vm, Frame* frame) {
  // CPython's traceback keeps the frames the exception left, and so their locals, until the
  // exception goes: a coroutine in a local warns "never awaited" after the traceback, a
  // __del__ runs at the end of the except clause. The exception itself is not kept (`except E
  // as e: raise` leaves it in a local), which would make a cycle nothing collects.
  if (ExceptionObject* e = vm.as_exception(vm.pending_exception())) {
    Value* fast = frame->fast;
    const std::uint32_t count = frame->code->frame_fast;
    e->frame_locals.reserve(e->frame_locals.size() + count);
    for (std::uint32_t i = 0; i < count; ++i) {
      if (!fast[i] || (fast[i].is_object() && fast[i].object() == e)) continue;
      e->frame_locals.push_back(std::move(fast[i]));
    }
  }
  finish_frame(vm, frame);
}

// next() on a generator from native code: runs its frame in a nested loop until it yields.
Value generator_next(VM& vm, const Value& generator) {
  auto* g = generator.as<GeneratorObject>();
  if (!g->frame || g->finished) return Value();
  if (g->running) return vm.value_error("generator already executing");
  Frame* frame = g->frame;
  if (g->started) *frame->sp++ = vm.none();
  g->started = true;
  g->running = true;
  frame->mode = FrameMode::Entry;
  frame->back = nullptr;
  RunResult r = vm.interpreter().run(frame);
  g->running = false;
  switch (r.status) {
    case RunStatus::Yielded:
      return r.value;
    case RunStatus::Returned:
      return Value();
    case RunStatus::Raised:
      convert_stop_iteration(vm, true);
      return Value();
    default:
      vm.interpreter().discard_chain(r.innermost);
      return vm.raise(vm.exc().RuntimeError, "a generator cannot wait for the host here");
  }
}

namespace {

enum class ResumeWith { Sent, Thrown, Nothing };

// What send() gives for a run of a generator's frame: the yielded value, StopIteration with the
// return value, the exception. A coroutine suspended inside an await (on a future, a sleep, a
// bare yield) hands out the future, or None, as CPython's coroutines yield it to Task.__step;
// its chain waits in g->innermost for the next send.
Value generator_outcome(VM& vm, GeneratorObject* g, RunResult r) {
  g->running = false;
  switch (r.status) {
    case RunStatus::Yielded:
      return r.value;
    case RunStatus::Returned: {
      std::vector<Value> args;
      if (!vm.is_none(r.value)) args.push_back(std::move(r.value));
      return vm.raise(vm.new_exception(vm.exc().StopIteration, std::move(args)));
    }
    case RunStatus::Raised:
      convert_stop_iteration(vm, true);
      return Value();
    case RunStatus::Suspended:
      g->innermost = r.innermost;
      return r.value ? r.value : vm.none();
    default:
      vm.interpreter().discard_chain(r.innermost);
      return vm.raise(vm.exc().RuntimeError, "a generator cannot wait for the host here");
  }
}

// Runs a started or fresh generator frame until it yields (the value), returns (StopIteration
// raised, carrying the return value) or raises. `how` says what the frame resumes with: `sent`
// pushed as the yield's result, `sent` raised at the yield, or nothing (already on the stack).
Value run_generator(VM& vm, GeneratorObject* g, Value sent, ResumeWith how) {
  Frame* frame = g->frame;
  if (how == ResumeWith::Thrown) {
    vm.restore_exception(std::move(sent));
    frame->await_state = 0xff;  // raise at the current instruction
  } else if (how == ResumeWith::Sent && g->started) {
    *frame->sp++ = std::move(sent);
  }
  g->started = true;
  g->running = true;
  frame->mode = FrameMode::Entry;
  frame->back = nullptr;
  Interpreter& interpreter = vm.interpreter();
  if (!(frame->code->flags & kCoroutine)) return generator_outcome(vm, g, interpreter.run(frame));
  // A coroutine's awaits may suspend it (generator_outcome).
  std::uint32_t outer = interpreter.set_await_suspendable();
  RunResult r = interpreter.run(frame);
  interpreter.restore_await_suspendable(outer);
  return generator_outcome(vm, g, std::move(r));
}

// Resumes a coroutine driven by send()/throw() that suspended inside an await (g->innermost).
Value resume_suspended_coroutine(VM& vm, GeneratorObject* g, Value thrown) {
  Frame* innermost = std::exchange(g->innermost, nullptr);
  g->running = true;
  Interpreter& interpreter = vm.interpreter();
  std::uint32_t outer = interpreter.set_await_suspendable();
  RunResult r = interpreter.resume(innermost, Value(), std::move(thrown));
  interpreter.restore_await_suspendable(outer);
  return generator_outcome(vm, g, std::move(r));
}

Value generator_resume(VM& vm, const Value& generator, Value sent, bool thrown) {
  auto* g = generator.as<GeneratorObject>();
  if (g->running) return vm.value_error("generator already executing");
  if (g->innermost) return resume_suspended_coroutine(vm, g, thrown ? std::move(sent) : Value());
  if (!g->frame || g->finished) {
    if (thrown) return vm.raise(std::move(sent));
    return vm.raise(vm.new_exception(vm.exc().StopIteration, {}));
  }
  if (!thrown) {
    if (!g->started && !vm.is_none(sent))
      return vm.type_error("can't send non-None value to a just-started generator");
    return run_generator(vm, g, std::move(sent), ResumeWith::Sent);
  }
  // Suspended in `yield from` a generator: the exception goes to the sub-generator first.
  Frame* frame = g->frame;
  if (g->started && Instruction::op(frame->code->instructions[frame->ip]) == Op::YieldFrom &&
      vm.type_index(frame->sp[-1]) == kGeneratorType) {
    Value sub = frame->sp[-1];
    g->running = true;
    Value v = generator_resume(vm, sub, std::move(sent), true);
    g->running = false;
    if (v) return v;
    if (vm.pending_is(vm.exc().StopIteration)) {
      // The sub-generator returned: its value is the `yield from` result.
      frame->sp[-1] = stop_iteration_value(vm, vm.take_exception());
      ++frame->ip;
      return run_generator(vm, g, Value(), ResumeWith::Nothing);
    }
    sent = vm.take_exception();
  }
  return run_generator(vm, g, std::move(sent), ResumeWith::Thrown);
}

// generator.send(5) and friends called unbound: self must be a generator.
bool check_generator_self(VM& vm, CallArgs args, std::string_view method) {
  if (args.nargs == 0) {
    vm.type_error("unbound method generator." + std::string(method) + "() needs an argument");
    return false;
  }
  std::uint32_t tag = vm.type_index(args[0]);
  if (tag == kGeneratorType || tag == kCoroutineType) return true;
  vm.type_error("descriptor '" + std::string(method) +
                "' for 'generator' objects doesn't apply to a '" +
                std::string(vm.type_name(args[0])) + "' object");
  return false;
}

Value generator_send_method(VM& vm, CallArgs args) {
  if (!check_generator_self(vm, args, "send")) return Value();
  if (args.nargs != 2)
    return vm.type_error("generator.send() takes exactly one argument (" +
                         std::to_string(args.nargs - 1) + " given)");
  return generator_resume(vm, args[0], args[1], false);
}

Value generator_next_method(VM& vm, CallArgs args) {
  if (!check_generator_self(vm, args, "__next__")) return Value();
  if (args.nargs != 1)
    return vm.type_error("expected 0 arguments, got " + std::to_string(args.nargs - 1));
  return generator_resume(vm, args[0], vm.none(), false);
}

// A generator is its own iterator (iter() never calls this: the protocols know generators).
Value generator_iter_method(VM& vm, CallArgs args) {
  if (!check_generator_self(vm, args, "__iter__")) return Value();
  if (args.nargs != 1)
    return vm.type_error("expected 0 arguments, got " + std::to_string(args.nargs - 1));
  return args[0];
}

// The exception of throw(value) or the deprecated throw(type[, value[, traceback]]) (and of
// athrow()), args[0] being the generator: a class is called, with the value as its argument (or
// its arguments, a tuple), unless the value is already an instance of it (CPython's
// _PyErr_NormalizeException). Null when it raised.
Value thrown_exception(VM& vm, CallArgs args, std::string_view method) {
  if (args.nargs < 2 || args.nargs > 4) {
    vm.type_error(std::string(method) + " expected at least 1 argument, got " +
                  std::to_string(args.nargs < 2 ? 0 : args.nargs - 1));
    return {};
  }
  Value exc = args[1];
  bool has_value = args.nargs >= 3 && !vm.is_none(args[2]);
  if (vm.is_class(exc) && exc.as<Type>()->is_exception) {
    if (has_value && vm.as_exception(args[2]) && vm.is_instance(args[2], exc.as<Type>()))
      return args[2];
    std::vector<Value> exc_args;
    if (has_value && vm.type_index(args[2]) == kTupleType) {
      exc_args = args[2].as<Tuple>()->items;
    } else if (has_value) {
      exc_args.push_back(args[2]);
    }
    return vm.call(exc, CallArgs{exc_args.data(), static_cast<std::uint32_t>(exc_args.size())});
  }
  if (!vm.as_exception(exc)) {
    vm.type_error(
        "exceptions must be classes or instances deriving from BaseException, "
        "not " +
        std::string(vm.type_name(exc)));
    return {};
  }
  if (has_value) {
    vm.type_error("instance exception may not have a separate value");
    return {};
  }
  return exc;
}

Value generator_throw_method(VM& vm, CallArgs args) {
  if (!check_generator_self(vm, args, "throw")) return Value();
  Value exc = thrown_exception(vm, args, "throw");
  if (!exc) return Value();
  return generator_resume(vm, args[0], std::move(exc), true);
}

Value generator_close_method(VM& vm, CallArgs args) {
  if (!check_generator_self(vm, args, "close")) return Value();
  if (args.nargs != 1)
    return vm.type_error("generator.close() takes no arguments (" + std::to_string(args.nargs - 1) +
                         " given)");
  auto* g = args[0].as<GeneratorObject>();
  if (g->running) return vm.value_error("generator already executing");
  g->awaited = true;  // a coroutine closed on purpose is not "never awaited"
  if (!g->frame || g->finished) return vm.none();
  if (!g->started) {
    finish_frame(vm, g->frame);
    return vm.none();
  }
  Value exit = vm.new_exception(vm.exc().GeneratorExit, {});
  if (Value v = generator_resume(vm, args[0], exit, true)) {
    return vm.raise(vm.exc().RuntimeError, "generator ignored GeneratorExit");
  }
  if (vm.pending_is(vm.exc().GeneratorExit) || vm.pending_is(vm.exc().StopIteration)) {
    vm.take_exception();
    return vm.none();
  }
  return Value();
}

}  // namespace

// ---- Finalizers ---------------------------------------------------------------------------------

namespace {

// Closing a generator whose frame has no try or with block open runs nothing the program could
// see.
bool generator_needs_close(const GeneratorObject& g) {
  return g.frame && g.started && !g.finished && !g.running && g.frame->nblocks > 0 &&
         g.user_tag() != kAsyncGeneratorType;
}

// An async generator of the loop dropped unfinished is closed by a task, whatever it holds
// (asyncio's _asyncgen_finalizer_hook); one iterated outside the loop is left as it is.
bool needs_finalizer(const GeneratorObject& g) {
  if (g.user_tag() == kAsyncGeneratorType) return g.loop_hooked && !g.finished;
  return generator_needs_close(g);
}

bool needs_finalizer(VM& vm, const Value& v) {
  if (!v.is_object()) return false;
  std::uint32_t tag = v.object()->user_tag();
  if (tag == kGeneratorType || tag == kCoroutineType)
    return generator_needs_close(*v.as<GeneratorObject>());
  if (tag == kAsyncGeneratorType) return false;  // asyncio.run closed the loop's
  return vm.type(tag)->has_del && vm.type(tag)->layout == Layout::Object && vm.type(tag)->heap;
}

}  // namespace

void GeneratorObject::last_reference_dropped() noexcept {
  VM* vm = VM::current();
  if (vm && vm->finalizers_enabled() && vm->schedule_finalizer(this, needs_finalizer(*this)))
    return;
  delete this;
}

void Instance::last_reference_dropped() noexcept {
  // Tested first: in the VM's teardown its type table may be gone.
  VM* vm = VM::current();
  if (vm && vm->finalizers_enabled() && vm->schedule_finalizer(this, vm->type(user_tag())->has_del))
    return;
  delete this;
}

void VM::finalize_reachable(const Value& root) {
  run_finalizers();
  // The objects the root holds, and those their lists, tuples, dicts and instance namespaces
  // hold, a few levels down (no cycle can make this endless), in order.
  std::vector<Value> found;
  auto visit = [&](auto& self, const Value& v, int depth) -> void {
    if (!v.is_object() || depth > 4) return;
    if (needs_finalizer(*this, v) &&
        std::find(finalized_.begin(), finalized_.end(), v.object()) == finalized_.end()) {
      finalized_.push_back(v.object());
      found.push_back(v);
    }
    switch (type_of(v)->layout) {
      case Layout::List:
        for (const Value& item : v.as<List>()->items) self(self, item, depth + 1);
        break;
      case Layout::Tuple:
        for (const Value& item : v.as<Tuple>()->items) self(self, item, depth + 1);
        break;
      case Layout::Dict:
        for (const DictEntry& entry : v.as<Dict>()->entries)
          if (entry.key) self(self, entry.value, depth + 1);
        break;
      case Layout::Object:
        if (type_of(v)->heap) self(self, v.as<Instance>()->dict, depth + 1);
        break;
      default:
        break;
    }
  };
  visit(visit, root, 0);
  finalizers_.insert(finalizers_.end(), found.begin(), found.end());
  run_finalizers();
}

bool VM::schedule_finalizer(Object* object, bool needed) {
  if (!finalized_.empty()) {
    auto done = std::find(finalized_.begin(), finalized_.end(), object);
    if (done != finalized_.end()) {
      finalized_.erase(done);
      return false;
    }
  }
  if (!needed) return false;
  finalized_.push_back(object);
  finalizers_.emplace_back(object);
  interpreter_->request_poll();
  return true;
}

void VM::run_finalizers() {
  if (running_finalizers_) return;  // a finalizer's own calls poll too
  running_finalizers_ = true;
  Value outer = take_exception();
  while (!finalizers_.empty()) {
    std::vector<Value> batch;
    batch.swap(finalizers_);
    for (Value& object : batch) {
      Value finalizer = object;  // what "Exception ignored in" names
      Value result;
      if (type_index(object) == kGeneratorType || type_index(object) == kCoroutineType) {
        result = generator_close_method(*this, CallArgs{&object, 1});
      } else if (type_index(object) == kAsyncGeneratorType) {
        result = asyncgen_finalizer_hook(*this, object);
      } else {
        finalizer = lookup_in_type(type_of(object), "__del__");
        result = finalizer ? call(finalizer, {object}) : none();
      }
      if (!result) {
        Value exception = take_exception();
        std::optional<std::string> where = repr_text(finalizer);
        if (!where) {
          take_exception();
          where = "<object repr() failed>";
        }
        host().write_stderr("Exception ignored in: " + *where + "\n" +
                            format_exception(*this, exception, false));
      }
      object = Value();  // the object goes now, unless the finalizer kept it
    }
  }
  restore_exception(std::move(outer));
  running_finalizers_ = false;
}

namespace {

// coroutine.__await__(): an iterator that sends None into the coroutine (what `yield from
// coro.__await__()` in a user __await__ needs); it yields what the coroutine waits for.
Value coroutine_wrapper_next(VM& vm, CallArgs args) {
  const Value& coro = args[0].as<IteratorObject>()->source;
  return generator_resume(vm, coro, vm.none(), false);
}

Value coroutine_await_method(VM& vm, CallArgs args) {
  if (!check_generator_self(vm, args, "__await__")) return Value();
  if (vm.type_index(args[0]) != kCoroutineType)
    return vm.type_error("descriptor '__await__' for 'coroutine' objects doesn't apply to a '" +
                         std::string(vm.type_name(args[0])) + "' object");
  args[0].as<GeneratorObject>()->awaited = true;
  Value it = vm.make_iterator(IterKind::Native, args[0]);
  it.as<IteratorObject>()->next_fn = coroutine_wrapper_next;
  return it;
}

}  // namespace

Value generator_send(VM& vm, const Value& generator, Value sent) {
  return generator_resume(vm, generator, std::move(sent), false);
}

Value yield_from_step(VM& vm, const Value& sub, const Value& sent) {
  if (!vm.is_none(sent)) return vm.call_method(sub, "send", {sent});
  Type* type = vm.type_of(sub);
  if (type->heap || type->module != "builtins") {
    if (Value method = vm.lookup_in_type(type, "__next__")) return vm.call(method, {sub});
  }
  return vm.next(sub);
}

void install_generator_methods(VM& vm) {
  Type* generator = vm.type(kGeneratorType);
  vm.add_method(generator, "send", generator_send_method);
  vm.add_method(generator, "__next__", generator_next_method);
  vm.add_method(generator, "__iter__", generator_iter_method);
  vm.add_method(generator, "throw", generator_throw_method);
  vm.add_method(generator, "close", generator_close_method);
  // Coroutine objects have the same protocol (coro.send(None) drives one by hand).
  Type* coroutine = vm.type(kCoroutineType);
  vm.add_method(coroutine, "send", generator_send_method);
  vm.add_method(coroutine, "throw", generator_throw_method);
  vm.add_method(coroutine, "close", generator_close_method);
  vm.add_method(coroutine, "__await__", coroutine_await_method);
}

// ---- Names and attributes ----------------------------------------------------------------------

namespace {

// CPython's Levenshtein distance for "Did you mean" (Python/suggestions.c).
constexpr std::size_t kMoveCost = 2;
constexpr std::size_t kCaseCost = 1;

std::size_t substitution_cost(char a, char b) {
  if (a == b) return 0;
  if (std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b)))
    return kCaseCost;
  return kMoveCost;
}

std::size_t levenshtein(std::string_view a, std::string_view b, std::size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) a.remove_prefix(1), b.remove_prefix(1);
  while (!a.empty() && !b.empty() && a.back() == b.back()) a.remove_suffix(1), b.remove_suffix(1);
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > 40 || b.size() > 40) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  std::vector<std::size_t> row(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) row[i] = (i + 1) * kMoveCost;
  std::size_t result = 0;
  for (std::size_t bi = 0; bi < b.size(); ++bi) {
    std::size_t distance = result = bi * kMoveCost;
    std::size_t minimum = SIZE_MAX;
    for (std::size_t ai = 0; ai < a.size(); ++ai) {
      std::size_t substitute = distance + substitution_cost(b[bi], a[ai]);
      distance = row[ai];
      std::size_t insert_delete = std::min(result, row[ai]) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[ai] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

}  // namespace

std::string suggest_name(std::string_view name, const std::vector<std::string>& candidates) {
  if (candidates.size() > 750) return "";
  std::string best;
  std::size_t best_distance = SIZE_MAX;
  for (const std::string& candidate : candidates) {
    if (candidate == name) continue;
    std::size_t max_distance = (name.size() + candidate.size() + 3) * kMoveCost / 6;
    if (best_distance != SIZE_MAX && best_distance - 1 < max_distance)
      max_distance = best_distance - 1;
    std::size_t distance = levenshtein(name, candidate, max_distance);
    if (distance > max_distance) continue;
    if (best.empty() || distance < best_distance) {
      best = candidate;
      best_distance = distance;
    }
  }
  return best;
}

void raise_name_error(VM& vm, const Value& name, Frame* frame) {
  const std::string& text = VM::str_text(name);
  vm.raise(vm.exc().NameError, "name '" + text + "' is not defined");
  ExceptionObject* e = vm.as_exception(vm.pending_exception());
  e->dict = vm.make_dict();
  vm.dict_set_item(dict_of(e->dict), "name", name);
  // CPython's hint is computed from the frame when the traceback is printed; the frame is gone
  // by then here, so it is computed now and kept for the printer.
  std::vector<std::string> candidates;
  for (const Value& local : frame->code->varnames) candidates.push_back(VM::str_text(local));
  std::string suggestion = suggest_name(text, candidates);
  if (suggestion.empty()) {
    candidates.clear();
    for (const Value* dict : std::initializer_list<const Value*>{&frame->globals, &vm.builtins()})
      for (const DictEntry& entry : dict_of(*dict).entries)
        if (entry.key && vm.is_str(entry.key)) candidates.push_back(VM::str_text(entry.key));
    if (frame->locals && !frame->locals.is(frame->globals))
      for (const DictEntry& entry : dict_of(frame->locals).entries)
        if (entry.key && vm.is_str(entry.key)) candidates.push_back(VM::str_text(entry.key));
    suggestion = suggest_name(text, candidates);
  }
  if (!suggestion.empty())
    vm.dict_set_item(dict_of(e->dict), "__suggestion__", vm.make_str(suggestion));
}

bool instance_shadows(VM& vm, const Value& self, const Value& name, Value* shadow) {
  const Value* dict = dict_slot(vm, self, vm.type_of(self));
  Value found;
  if (!dict || !*dict || vm.dict_get_str(dict_of(*dict), name, found) != 1) return false;
  if (shadow) *shadow = std::move(found);
  return true;
}

int load_method(VM& vm, const Value& self, const Value& name, Value& out, MethodCacheEntry* cache) {
  Type* type = vm.type_of(self);
  // Classes, super objects and modules resolve names their own way (generic_get_attr): the
  // type's method table does not apply to them.
  bool own_lookup = type->layout == Layout::Type || type->layout == Layout::Super ||
                    type->layout == Layout::Module;
  // Instances of user subclasses of other built-ins keep their __dict__ in their own struct:
  // the generic lookup sees what it shadows. Except futures and tasks (asyncio's own
  // _GatheringFuture), whose methods gather() calls for every child: their dict is checked
  // below, and nothing else of theirs is looked up before the methods (object_get_attr).
  const bool future_subclass =
      type->heap && (type->layout == Layout::Future || type->layout == Layout::Task);
  if (type->heap && type->layout != Layout::Object && !future_subclass) own_lookup = true;
  if (!own_lookup && !(type->heap && type->has_getattr)) {
    const Value* slot = vm.lookup_slot_in_type(type, name);
    if (slot && is_plain_method(*slot)) {
      // An instance attribute of the same name shadows the method.
      const bool instance_dict = type->layout == Layout::Object || future_subclass;
      if (instance_dict && instance_shadows(vm, self, name, &out)) return 0;
      // The slot stays the name's while the epoch does for interned names only.
      if (cache && name.as<Str>()->interned)
        *cache = {type, class_lookup_epoch, slot, instance_dict};
      out = *slot;
      return 1;
    }
  }
  out = vm.get_attr(self, name);
  return out ? 0 : -1;
}

Value fast_subscript(VM& vm, const Value& container, const Value& key) {
  if (key.is_small() && container.is_object()) {
    std::int64_t i = key.small_value();
    std::uint32_t tag = container.object()->user_tag();
    if (tag == kListType || tag == kTupleType) {
      auto& items = tag == kListType ? container.as<List>()->items : container.as<Tuple>()->items;
      std::int64_t n = static_cast<std::int64_t>(items.size());
      if (i < 0) i += n;
      if (i >= 0 && i < n) return items[static_cast<std::size_t>(i)];
    }
  }
  return vm.get_item(container, key);
}

Value make_slice(VM& vm, Value start, Value stop, Value step) {
  (void)vm;
  auto* s = new SliceObject();
  s->set_user_tag(kSliceType);
  s->start = std::move(start);
  s->stop = std::move(stop);
  s->step = std::move(step);
  return Value(s);
}

Value inplace_op(VM& vm, const Value& a, const Value& b, int op) {
  static const char* dunders[] = {"__iadd__",     "__isub__", "__imul__", "__imatmul__",
                                  "__itruediv__", "__imod__", "__ipow__", "__ilshift__",
                                  "__irshift__",  "__ior__",  "__ixor__", "__iand__",
                                  "__ifloordiv__"};
  Type* type = vm.type_of(a);
  if (type->heap || type->module != "builtins") {
    if (Value method = vm.lookup_in_type(type, dunders[op])) {
      Value r = vm.call(method, {a, b});
      if (!r || !r.is(vm.not_implemented())) return r;
    }
  }
  if (type->layout == Layout::List && (op == kAdd || op == kMul)) {
    List& list = *a.as<List>();
    if (op == kAdd) {
      std::vector<Value> items;
      if (!vm.collect(b, items)) return Value();
      list.items.insert(list.items.end(), items.begin(), items.end());
      return a;
    }
    // list *= n repeats the list in place.
    Value repeated = vm.binary_op(a, b, op);
    if (!repeated || repeated.is(vm.not_implemented())) return repeated;
    list.items = repeated.as<List>()->items;
    return a;
  }
  if ((type->layout == Layout::Set) && (op == kOr || op == kAnd || op == kSub || op == kXor)) {
    Value r = set_binary(vm, a, b, op + kInplaceOffset);
    if (!r || !r.is(vm.not_implemented())) return r;
  }
  if (type->layout == Layout::Dict && op == kOr && vm.type_of(b)->layout == Layout::Dict) {
    if (!dict_update_from(vm, *a.as<Dict>(), b)) return Value();
    return a;
  }
  Value r = vm.binary_op(a, b, op);
  if (!r && vm.pending_is(vm.exc().TypeError) && op != kPow) {
    // CPython names the augmented operator: "unsupported operand type(s) for +=: ...".
    static const char* symbols[] = {
        "+=", "-=", "*=", "@=", "/=", "%=", "**=", "<<=", ">>=", "|=", "^=", "&=", "//="};
    std::optional<std::string> message = vm.str_text_of(vm.pending_exception());
    std::string prefix = "unsupported operand type(s) for ";
    if (message && message->rfind(prefix, 0) == 0) {
      std::size_t colon = message->find(':', prefix.size());
      vm.take_exception();
      return vm.type_error(prefix + symbols[op] + message->substr(colon));
    }
  }
  return r;
}

bool extend_container(VM& vm, Op op, Value& target, const Value& source) {
  switch (op) {
    case Op::ListExtend: {
      std::vector<Value> items;
      if (!vm.collect(source, items)) {
        if (vm.pending_is(vm.exc().TypeError) && !vm.iter(source)) {
          vm.take_exception();
          vm.type_error("Value after * must be an iterable, not " +
                        std::string(vm.type_name(source)));
        }
        return false;
      }
      auto& list = target.as<List>()->items;
      list.insert(list.end(), items.begin(), items.end());
      return true;
    }
    case Op::SetUpdate: {
      return set_update_from(vm, target, source);
    }
    case Op::DictUpdate:
    case Op::DictMerge: {
      Dict& dict = dict_of(target);
      if (vm.type_of(source)->layout != Layout::Dict &&
          !vm.get_attr_opt(source, vm.intern("keys"))) {
        if (vm.has_pending_exception()) return false;
        vm.type_error(op == Op::DictMerge
                          ? "argument after ** must be a mapping, not " +
                                std::string(vm.type_name(source))
                          : "'" + std::string(vm.type_name(source)) + "' object is not a mapping");
        return false;
      }
      if (op == Op::DictMerge) {
        Value keys;
        Value dict_source = source;
        if (vm.type_of(source)->layout != Layout::Dict) {
          dict_source = vm.make_dict();
          if (!dict_update_from(vm, dict_of(dict_source), source)) return false;
        }
        for (const DictEntry& entry : dict_of(dict_source).entries) {
          if (!entry.key) continue;
          Value existing;
          int found = vm.dict_get(dict, entry.key, existing);
          if (found < 0) return false;
          if (found == 1) {
            vm.type_error("got multiple values for keyword argument '" +
                          (vm.is_str(entry.key) ? VM::str_text(entry.key) : std::string("?")) +
                          "'");
            return false;
          }
          if (!vm.dict_set(dict, entry.key, entry.value)) return false;
        }
        return true;
      }
      return dict_update_from(vm, dict, source);
    }
    default:
      return false;
  }
}

Value format_value(VM& vm, const Value& v, std::uint32_t conversion, const Value& spec) {
  Value converted;
  switch (conversion) {
    case 1:
      converted = vm.str(v);
      break;
    case 2:
      converted = vm.repr(v);
      break;
    case 3:
      converted = str_ascii(vm, v);
      break;
    default:
      converted = v;
  }
  if (!converted) return Value();
  if (!spec && vm.type_index(converted) == kStrType) return converted;
  return vm.format(converted, spec ? spec : vm.make_str(""));
}

bool unpack(VM& vm, const Value& seq, bool with_star, std::uint32_t arg, std::vector<Value>& out) {
  std::size_t before = with_star ? (arg & 0xff) : arg;
  std::size_t after = with_star ? (arg >> 8) : 0;
  std::vector<Value> items;
  std::uint32_t tag = vm.type_index(seq);
  if (tag == kTupleType || tag == kListType) {
    items = tag == kTupleType ? seq.as<Tuple>()->items : seq.as<List>()->items;
  } else if (with_star && vm.type_of(seq)->layout == Layout::Range) {
    // collect() refuses at once a range too long to hold.
    if (!vm.collect(seq, items)) return false;
  } else {
    Value it = vm.iter(seq);
    if (!it) {
      if (vm.pending_is(vm.exc().TypeError)) {
        vm.take_exception();
        vm.type_error("cannot unpack non-iterable " + std::string(vm.type_name(seq)) + " object");
      }
      return false;
    }
    for (;;) {
      Value x = vm.next(it);
      if (!x) {
        if (vm.has_pending_exception()) return false;
        break;
      }
      items.push_back(std::move(x));
      if (!with_star && items.size() > before) {
        vm.value_error("too many values to unpack (expected " + std::to_string(before) + ")");
        return false;
      }
    }
  }
  if (!with_star) {
    if (items.size() < before) {
      vm.value_error("not enough values to unpack (expected " + std::to_string(before) + ", got " +
                     std::to_string(items.size()) + ")");
      return false;
    }
    if (items.size() > before) {
      vm.value_error("too many values to unpack (expected " + std::to_string(before) + ")");
      return false;
    }
    out = std::move(items);
    return true;
  }
  if (items.size() < before + after) {
    vm.value_error("not enough values to unpack (expected at least " +
                   std::to_string(before + after) + ", got " + std::to_string(items.size()) + ")");
    return false;
  }
  out.assign(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(before));
  out.push_back(vm.make_list(std::vector<Value>(items.begin() + static_cast<std::ptrdiff_t>(before),
                                                items.end() - static_cast<std::ptrdiff_t>(after))));
  out.insert(out.end(), items.end() - static_cast<std::ptrdiff_t>(after), items.end());
  return true;
}

Value stop_iteration_value(VM& vm, const Value& stop) {
  ExceptionObject* e = vm.as_exception(stop);
  if (!e) return vm.none();
  if (e->value) return e->value;
  auto& args = e->args.as<Tuple>()->items;
  return args.empty() ? vm.none() : args[0];
}

// ---- Awaiting ----------------------------------------------------------------------------------
// Coroutines run inline in the interpreter; futures, tasks and sleeps are the asyncio module's
// (asyncio_module.cpp).

Value get_awaitable(VM& vm, const Value& v, std::uint32_t where) {
  std::uint32_t tag = vm.type_index(v);
  if (tag == kCoroutineType) {
    auto* coro = v.as<GeneratorObject>();
    if (coro->running) {
      // Running is either executing (its frame is in the chain that awaits it now: CPython's
      // ValueError from the send) or suspended in another chain, awaiting something.
      for (Frame* frame = vm.interpreter().current_frame(); frame; frame = frame->back) {
        if (frame == coro->frame)
          return vm.raise(vm.exc().ValueError, "coroutine already executing");
      }
      return vm.raise(vm.exc().RuntimeError, "coroutine is being awaited already");
    }
    return v;
  }
  Layout layout = vm.type_of(v)->layout;
  if (layout == Layout::Future || layout == Layout::Task || tag == kSleepType || tag == kAnextType)
    return v;
  if (Value method = vm.lookup_in_type(vm.type_of(v), "__await__")) {
    // An awaitable object: the iterator its __await__ returns (CPython's _PyCoro_GetAwaitableIter).
    Value iterator = vm.call(method, {v});
    if (!iterator) return Value();
    if (vm.type_index(iterator) == kCoroutineType)
      return vm.type_error("__await__() returned a coroutine");
    if (!builtin_is_iterator(vm, iterator) &&
        !vm.lookup_in_type(vm.type_of(iterator), "__next__")) {
      return vm.type_error("__await__() returned non-iterator of type '" +
                           builtin_type_name(vm, iterator) + "'");
    }
    auto* await_iter = new AwaitIterObject();
    await_iter->set_user_tag(kAwaitIterType);
    await_iter->iterator = std::move(iterator);
    return Value(static_cast<Object*>(await_iter));
  }
  if (where == 1)
    return vm.type_error(
        "'async with' received an object from __aenter__ that does not "
        "implement __await__: " +
        std::string(vm.type_name(v)));
  if (where == 2)
    return vm.type_error(
        "'async with' received an object from __aexit__ that does not "
        "implement __await__: " +
        std::string(vm.type_name(v)));
  return vm.type_error("object " + std::string(vm.type_name(v)) +
                       " can't be used in 'await' expression");
}

// await_native is the asyncio module's (asyncio_module.cpp).

namespace {

// What __anext__, asend(), athrow() and aclose() of an async generator return: awaiting it runs
// the generator to its next `yield` (FrameMode::AsyncGenNext) in the awaiting frame's chain, so
// an `await` inside the generator suspends the task like any other.
struct AnextObject : Object {
  Value generator;
  Value fallback;        // anext(agen, default); None for aclose()
  Value sent;            // asend(value): the value of the `yield` it resumes
  Value thrown;          // athrow() / aclose(): raised at the `yield` instead
  bool closing = false;  // aclose(): a yield is an error, GeneratorExit coming out is the end
};

Value async_generator_aiter(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "__aiter__", 1, 1)) return {};
  return args[0];
}

Value async_generator_anext(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "__anext__", 1, 1)) return {};
  return get_anext(vm, args[0]);
}

Value async_generator_asend(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "asend", 2, 2)) return {};
  Value awaitable = make_anext(vm, args[0], Value());
  awaitable.as<AnextObject>()->sent = args[1];
  return awaitable;
}

Value async_generator_athrow(VM& vm, CallArgs args) {
  Value exc = thrown_exception(vm, args, "athrow");
  if (!exc) return {};
  Value awaitable = make_anext(vm, args[0], Value());
  awaitable.as<AnextObject>()->thrown = std::move(exc);
  return awaitable;
}

// GeneratorExit raised at the generator's `yield`, so its `finally` blocks run; awaiting gives
// None when it ends (or lets GeneratorExit through), RuntimeError when it yields again.
Value async_generator_aclose(VM& vm, CallArgs args) {
  if (!check_arity(vm, args, "aclose", 1, 1)) return {};
  if (args[0].as<GeneratorObject>()->running)
    return vm.raise(vm.exc().RuntimeError, "aclose(): asynchronous generator is already running");
  Value awaitable = make_anext(vm, args[0], vm.none());
  auto* anext = awaitable.as<AnextObject>();
  anext->closing = true;
  anext->thrown = vm.new_exception(vm.exc().GeneratorExit, {});
  return awaitable;
}

}  // namespace

Value make_anext(VM& vm, const Value& generator, Value fallback) {
  // The first __anext__, asend(), athrow() or aclose() while the loop runs makes the generator
  // the loop's (asyncio's _asyncgen_firstiter_hook).
  if (auto* g = generator.as<GeneratorObject>();
      !g->started && !g->loop_hooked && vm.loop && aio::EventLoop::running() == vm.loop) {
    g->loop_hooked = true;
    vm.loop_asyncgens.push_back(g);
  }
  auto* anext = new AnextObject();
  anext->set_user_tag(kAnextType);
  anext->generator = generator;
  anext->fallback = std::move(fallback);
  return Value(anext);
}

Value anext_default(const Value& awaitable) {
  return awaitable.as<AnextObject>()->fallback;
}

bool anext_is_closing(const Value& awaitable) {
  return awaitable.is_object() && awaitable.object()->user_tag() == kAnextType &&
         awaitable.as<AnextObject>()->closing;
}

void install_async_generator_methods(VM& vm) {
  Type* type = vm.type(kAsyncGeneratorType);
  vm.add_method(type, "__aiter__", async_generator_aiter);
  vm.add_method(type, "__anext__", async_generator_anext);
  vm.add_method(type, "asend", async_generator_asend);
  vm.add_method(type, "athrow", async_generator_athrow);
  vm.add_method(type, "aclose", async_generator_aclose);
}

Value get_aiter(VM& vm, const Value& v) {
  if (vm.type_index(v) == kAsyncGeneratorType) return v;
  Value method = vm.get_attr_opt(v, vm.intern("__aiter__"));
  if (!method) {
    if (vm.has_pending_exception()) return Value();
    return vm.type_error("'async for' requires an object with __aiter__ method, got " +
                         std::string(vm.type_name(v)));
  }
  return vm.call(method, {});
}

Value get_anext(VM& vm, const Value& aiter) {
  if (vm.type_index(aiter) == kAsyncGeneratorType) return make_anext(vm, aiter, Value());
  Value method = vm.get_attr_opt(aiter, vm.intern("__anext__"));
  if (!method) {
    if (vm.has_pending_exception()) return Value();
    return vm.type_error("'async for' requires an iterator with __anext__ method, got " +
                         std::string(vm.type_name(aiter)));
  }
  Value awaitable = vm.call(method, {});
  if (!awaitable) return Value();
  Layout layout = vm.type_of(awaitable)->layout;
  std::uint32_t tag = vm.type_index(awaitable);
  if (tag != kCoroutineType && tag != kSleepType && tag != kAnextType && layout != Layout::Future &&
      layout != Layout::Task)
    return vm.type_error("'async for' received an invalid object from __anext__: " +
                         std::string(vm.type_name(awaitable)));
  return awaitable;
}

int anext_enter(VM& vm, const Value& awaitable, Frame* caller, Frame*& callee, Value& immediate) {
  auto* anext = awaitable.as<AnextObject>();
  auto* generator = anext->generator.as<GeneratorObject>();
  if (!generator->frame || generator->finished) {
    if (anext->fallback || anext->thrown) {  // athrow() of an ended generator gives None too
      immediate = anext->fallback ? anext->fallback : vm.none();
      return 0;
    }
    vm.raise(vm.exc().StopAsyncIteration, "");
    return -1;
  }
  if (anext->closing && !generator->started) {  // nothing has run: nothing to finish
    free_frame(generator->frame);
    generator->frame = nullptr;
    generator->finished = true;
    immediate = vm.none();
    return 0;
  }
  if (anext->sent && !generator->started && !vm.is_none(anext->sent)) {
    vm.type_error("can't send non-None value to a just-started async generator");
    return -1;
  }
  if (generator->running) {
    // CPython names the awaitable: asend's and __anext__'s say anext().
    const char* what = anext->closing ? "aclose" : anext->thrown ? "athrow" : "anext";
    vm.raise(vm.exc().RuntimeError,
             std::string(what) + "(): asynchronous generator is already running");
    return -1;
  }
  if (caller->depth + 1 >= vm.recursion_limit) {
    vm.raise(vm.exc().RecursionError, "maximum recursion depth exceeded");
    return -1;
  }
  Frame* frame = generator->frame;
  bool thrown = static_cast<bool>(anext->thrown);
  if (thrown) {
    vm.restore_exception(anext->thrown);
  } else if (generator->started && !frame->await_state) {
    // Resumed after a yield: the yield expression's value is None, or asend()'s.
    *frame->sp++ = anext->sent ? anext->sent : vm.none();
  }
  generator->started = true;
  generator->running = true;
  frame->back = caller;
  frame->mode = FrameMode::AsyncGenNext;
  frame->depth = caller->depth + 1;
  callee = frame;
  return thrown ? 2 : 1;
}

// ---- Exceptions --------------------------------------------------------------------------------

namespace {

Value instantiate_exception(VM& vm, Value exc) {
  if (exc.is_object() && vm.is_class(exc) && exc.as<Type>()->is_exception) {
    Value instance = vm.call(exc, {});
    if (!instance) return Value();
    if (!vm.as_exception(instance)) {
      return vm.type_error("calling " + std::string(vm.repr_text(exc).value_or("?")) +
                           " should have returned an instance of BaseException, not " +
                           std::string(vm.type_name(instance)));
    }
    return instance;
  }
  return exc;
}

}  // namespace

void do_raise(VM& vm, Value exc, Value cause, bool has_cause, const Value& handled) {
  if (!exc) {
    if (!handled) {
      vm.raise(vm.exc().RuntimeError, "No active exception to reraise");
      return;
    }
    vm.restore_exception(handled);
    return;
  }
  exc = instantiate_exception(vm, std::move(exc));
  if (!exc) return;
  ExceptionObject* e = vm.as_exception(exc);
  if (!e) {
    vm.type_error("exceptions must derive from BaseException");
    return;
  }
  if (has_cause) {
    if (vm.is_none(cause)) {
      e->cause = Value();
    } else {
      cause = instantiate_exception(vm, std::move(cause));
      if (!cause) return;
      if (!vm.as_exception(cause)) {
        vm.type_error("exception causes must derive from BaseException");
        return;
      }
      e->cause = cause;
    }
    e->suppress_context = true;
  }
  if (handled && !handled.is(exc) && !e->context) e->context = handled;
  vm.restore_exception(std::move(exc));
}

int exception_matches(VM& vm, const Value& exc, const Value& type) {
  auto check = [&](const Value& t) -> int {
    if (!(t.is_object() && vm.is_class(t) && t.as<Type>()->is_exception)) {
      vm.type_error("catching classes that do not inherit from BaseException is not allowed");
      return -1;
    }
    return vm.is_instance(exc, t.as<Type>()) ? 1 : 0;
  };
  if (vm.type_index(type) == kTupleType) {
    for (const Value& t : type.as<Tuple>()->items) {
      int r = check(t);
      if (r != 0) return r;
    }
    return 0;
  }
  return check(type);
}

namespace {

// A new group like `group` (same class and message) holding `exceptions`.
Value derive_group(VM& vm, const Value& group, std::vector<Value> exceptions) {
  ExceptionObject* g = vm.as_exception(group);
  Value message =
      g->args.as<Tuple>()->items.empty() ? vm.make_str("") : g->args.as<Tuple>()->items[0];
  Value list = vm.make_tuple(std::move(exceptions));
  Value derived =
      vm.new_exception(vm.type_of(group), {message, vm.make_list(list.as<Tuple>()->items)});
  vm.as_exception(derived)->exceptions = list;
  vm.as_exception(derived)->traceback = g->traceback;
  vm.as_exception(derived)->cause = g->cause;
  vm.as_exception(derived)->context = g->context;
  return derived;
}

bool is_group(VM& vm, const Value& exc) {
  return vm.is_instance(exc, vm.exc().BaseExceptionGroup);
}

// Splits `exc` into what matches `type` and the rest (null when empty).
int split(VM& vm, const Value& exc, const Value& type, Value& match, Value& rest) {
  if (!is_group(vm, exc)) {
    int r = exception_matches(vm, exc, type);
    if (r < 0) return -1;
    (r ? match : rest) = exc;
    return 0;
  }
  int r = exception_matches(vm, exc, type);
  if (r < 0) return -1;
  if (r == 1) {
    match = exc;
    return 0;
  }
  std::vector<Value> matched, remaining;
  for (const Value& inner : vm.as_exception(exc)->exceptions.as<Tuple>()->items) {
    Value m, rr;
    if (split(vm, inner, type, m, rr) < 0) return -1;
    if (m) matched.push_back(m);
    if (rr) remaining.push_back(rr);
  }
  if (!matched.empty()) match = derive_group(vm, exc, std::move(matched));
  if (!remaining.empty()) rest = derive_group(vm, exc, std::move(remaining));
  return 0;
}

}  // namespace

bool exception_group_split(VM& vm, const Value& group, const Value& type, Value& match,
                           Value& rest) {
  if (vm.is_class(type) && vm.is_subtype(type.as<Type>(), vm.exc().BaseExceptionGroup)) {
    vm.type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
    return false;
  }
  Value m, r;
  if (!is_group(vm, group)) {
    int matches = exception_matches(vm, group, type);
    if (matches < 0) return false;
    if (matches) {
      // A naked exception caught by except* is wrapped in a group.
      m = vm.new_exception(vm.exc().ExceptionGroup, {vm.make_str(""), vm.make_tuple({group})});
      vm.as_exception(m)->exceptions = vm.make_tuple({group});
    } else {
      r = group;
    }
  } else if (split(vm, group, type, m, r) < 0) {
    return false;
  }
  match = m ? m : vm.none();
  rest = r ? r : vm.none();
  return true;
}

Value prepare_reraise_star(VM& vm, const Value& original, const Value& raised, const Value& rest) {
  // `raised` lists what the handlers raised or re-raised; with the unhandled rest they form the
  // group that propagates (CPython's _PyExc_PrepReraiseStar, simplified to one level).
  std::vector<Value> exceptions;
  if (raised && vm.type_index(raised) == kListType)
    for (const Value& e : raised.as<List>()->items)
      if (!vm.is_none(e)) exceptions.push_back(e);
  if (rest && !vm.is_none(rest)) exceptions.push_back(rest);
  if (exceptions.empty()) return vm.none();
  if (exceptions.size() == 1) return exceptions[0];
  if (is_group(vm, original)) return derive_group(vm, original, std::move(exceptions));
  Value group =
      vm.new_exception(vm.exc().ExceptionGroup, {vm.make_str(""), vm.make_list(exceptions)});
  vm.as_exception(group)->exceptions = vm.make_tuple(std::move(exceptions));
  return group;
}

void add_traceback(VM& vm, Frame* frame, std::uint32_t instruction) {
  ExceptionObject* e = vm.as_exception(vm.pending_exception());
  if (!e || frame->code->hidden || (frame->code->source && frame->code->source->hidden)) return;
  e->traceback.push_back({frame->code->shared_from_this(), instruction});
}

// A chain is as long as the exception's unwinding (a million entries for one re-raised in a
// loop): it is unlinked one object at a time rather than freed by recursion.
TracebackObject::~TracebackObject() {
  Value rest = std::move(next);
  while (rest && rest.object()->ref_count() == 1) {
    Value after = std::move(rest.as<TracebackObject>()->next);
    rest = std::move(after);
  }
}

// The objects are linked outermost first, as CPython's: entries recorded after the last call
// get new objects linked to the ones already made, which stay the same objects.
Value exception_traceback(VM& vm, ExceptionObject& e) {
  if (e.traceback.empty()) return vm.none();
  for (std::size_t i = e.traceback_objects; i < e.traceback.size(); ++i) {
    auto* traceback = new TracebackObject();
    traceback->set_user_tag(kTracebackType);
    traceback->entry = e.traceback[i];
    traceback->next = std::move(e.traceback_object);
    e.traceback_object = Value(traceback);
  }
  e.traceback_objects = e.traceback.size();
  return e.traceback_object;
}

bool set_exception_traceback(VM& vm, ExceptionObject& e, const Value& traceback) {
  std::vector<TracebackEntry> entries;
  if (!vm.is_none(traceback)) {
    if (vm.type_index(traceback) != kTracebackType) {
      vm.type_error("__traceback__ must be a traceback or None");
      return false;
    }
    for (Value t = traceback; t; t = t.as<TracebackObject>()->next)
      entries.push_back(t.as<TracebackObject>()->entry);
    std::reverse(entries.begin(), entries.end());
  }
  e.traceback = std::move(entries);
  e.traceback_objects = e.traceback.size();
  e.traceback_object = e.traceback.empty() ? Value() : traceback;
  return true;
}

void convert_stop_iteration(VM& vm, bool for_generator) {
  if (!vm.pending_is(vm.exc().StopIteration)) return;
  Value stop = vm.take_exception();
  vm.raise(vm.exc().RuntimeError,
           for_generator ? "generator raised StopIteration" : "coroutine raised StopIteration");
  ExceptionObject* e = vm.as_exception(vm.pending_exception());
  e->cause = stop;
  e->context = stop;
  e->suppress_context = true;
}

// ---- Classes -----------------------------------------------------------------------------------

namespace {

// callee(*positional, **keywords).
Value call_with_keywords(VM& vm, const Value& callee, std::vector<Value> positional,
                         Dict& keywords) {
  std::vector<Value> names, values;
  for (auto& entry : keywords.entries) {
    if (!entry.key) continue;
    names.push_back(entry.key);
    values.push_back(entry.value);
  }
  CallArgs call{positional.data(), static_cast<std::uint32_t>(positional.size()), values.data(),
                names.data(), static_cast<std::uint32_t>(names.size())};
  return vm.call(callee, call);
}

// __build_class__(body, name, *bases, **keywords): runs the class body with a fresh namespace,
// then makes the class.
Value build_class(VM& vm, CallArgs args) {
  if (args.nargs < 2) return vm.type_error("__build_class__: not enough arguments");
  if (vm.type_index(args[0]) != kFunctionType)
    return vm.type_error("__build_class__: func must be a function");
  if (!vm.is_str(args[1])) return vm.type_error("__build_class__: name is not a string");
  Function& body = *args[0].as<Function>();
  Value bases = vm.make_tuple(std::vector<Value>(args.args + 2, args.args + args.nargs));
  // PEP 560: a base that is not a class may stand for some (`class A(list[int])`): what its
  // __mro_entries__(bases) returns replaces it, and the bases as written become __orig_bases__.
  Value orig_bases;
  std::vector<Value> resolved;
  for (const Value& base : bases.as<Tuple>()->items) {
    if (!vm.is_class(base)) {
      Value entries = vm.get_attr_opt(base, vm.intern("__mro_entries__"));
      if (!entries && vm.has_pending_exception()) return Value();
      if (entries) {
        Value replacement = vm.call(entries, {bases});
        if (!replacement) return Value();
        if (vm.type_index(replacement) != kTupleType)
          return vm.type_error("__mro_entries__ must return a tuple");
        for (const Value& item : replacement.as<Tuple>()->items) resolved.push_back(item);
        orig_bases = bases;
        continue;
      }
    }
    resolved.push_back(base);
  }
  if (orig_bases) bases = vm.make_tuple(std::move(resolved));
  Value keywords = vm.make_dict();
  Value metaclass;
  for (std::uint32_t i = 0; i < args.nkw; ++i) {
    if (VM::str_text(args.kwnames[i]) == "metaclass") {
      metaclass = args.kwvalues[i];
    } else {
      vm.dict_set(dict_of(keywords), args.kwnames[i], args.kwvalues[i]);
    }
  }
  // The metaclass: the explicit one, else the first base's type; a class one is replaced by
  // the most derived metaclass among the bases' (CPython's __build_class__).
  const std::vector<Value>& base_items = bases.as<Tuple>()->items;
  bool metaclass_is_class = true;
  if (!metaclass) {
    metaclass = base_items.empty() ? Value(vm.type(kTypeType)) : Value(vm.type_of(base_items[0]));
  } else {
    metaclass_is_class = vm.is_class(metaclass);
  }
  if (metaclass_is_class) {
    Type* winner = calculate_metaclass(vm, metaclass.as<Type>(), base_items);
    if (!winner) return Value();
    metaclass = winner == vm.type(kTypeType) ? Value() : Value(winner);
  }
  Value ns;
  if (metaclass) {
    Value prepare = vm.get_attr_opt(metaclass, vm.intern("__prepare__"));
    if (!prepare && vm.has_pending_exception()) return Value();
    if (prepare) {
      ns = call_with_keywords(vm, prepare, {args[1], bases}, dict_of(keywords));
      if (!ns) return Value();
      if (vm.type_of(ns)->layout != Layout::Dict) {
        std::string name =
            metaclass_is_class ? metaclass.as<Type>()->name : std::string("<metaclass>");
        return vm.type_error(name + ".__prepare__() must return a mapping, not " +
                             std::string(vm.type_name(ns)));
      }
    }
  }
  if (!ns) ns = vm.make_dict();
  // The body's first stores (STORE_NAME in CPython): a dict subclass's __setitem__ sees them.
  const bool exact_dict = vm.type_index(ns) == kDictType;
  auto store = [&](std::string_view key, Value value) {
    return exact_dict ? vm.dict_set_item(dict_of(ns), key, std::move(value))
                      : vm.set_item(ns, vm.intern(key), std::move(value));
  };
  if (!store("__module__", body.module ? body.module : vm.none()) ||
      !store("__qualname__", vm.make_str(body.code->qualname)) ||
      (body.code->doc && !store("__doc__", body.code->doc))) {
    return Value();
  }
  Interpreter& interpreter = vm.interpreter();
  Frame* frame = interpreter.frame_for_call(body, CallArgs{});
  if (!frame) return Value();
  frame->locals = ns;
  frame->mode = FrameMode::Entry;
  RunResult r = interpreter.run(frame);
  if (r.status == RunStatus::Raised) return Value();
  if (r.status != RunStatus::Returned) {
    interpreter.discard_chain(r.innermost);
    return vm.raise(vm.exc().RuntimeError, "a class body cannot wait");
  }
  if (orig_bases && !store("__orig_bases__", orig_bases)) return Value();
  if (metaclass) {
    // type.__new__ fills the __class__ cell.
    return call_with_keywords(vm, metaclass, {args[1], bases, ns}, dict_of(keywords));
  }
  Value cell = vm.dict_get_item(dict_of(ns), "__classcell__");
  if (cell) vm.dict_del(dict_of(ns), vm.intern("__classcell__"));
  // A library module's class that CPython defines in C (datetime.date, collections.OrderedDict)
  // says so, and messages name it as CPython's tp_name does.
  const bool c_named =
      body.code->source && body.code->source->hidden && vm.dict_get_item(dict_of(ns), "__c_type__");
  if (c_named) vm.dict_del(dict_of(ns), vm.intern("__c_type__"));
  Value cls = make_class(vm, args[1], bases, ns, keywords);
  if (!cls) return Value();
  if (c_named) {
    Type& type = *cls.as<Type>();
    type.c_name = type.module + "." + type.name;
  }
  if (cell && vm.type_index(cell) == kCellType) cell.as<Cell>()->value = cls;
  return cls;
}

}  // namespace

Value build_class_function(VM& vm) {
  return vm.make_native("__build_class__", build_class);
}

bool current_super_args(VM& vm, Value& type, Value& self) {
  Frame* frame = vm.interpreter().current_frame();
  if (!frame || frame->code->argcount == 0) {
    vm.raise(vm.exc().RuntimeError, "super(): no arguments");
    return false;
  }
  const Code& code = *frame->code;
  std::uint32_t nlocals = code.nlocals();
  for (std::size_t i = 0; i < code.freevars.size(); ++i) {
    if (VM::str_text(code.freevars[i]) != "__class__") continue;
    Value cell = frame->fast[nlocals + code.cellvars.size() + i];
    if (!cell || !cell.as<Cell>()->value) {
      vm.raise(vm.exc().RuntimeError, "super(): empty __class__ cell");
      return false;
    }
    type = cell.as<Cell>()->value;
    self = frame->fast[0];
    if (!self) {
      // The first argument may live in a cell when an inner function captures it.
      for (std::size_t c = 0; c < code.cell_from_arg.size(); ++c)
        if (code.cell_from_arg[c] == 0) self = frame->fast[nlocals + c].as<Cell>()->value;
    }
    if (!self) {
      vm.raise(vm.exc().RuntimeError, "super(): arg[0] deleted");
      return false;
    }
    return true;
  }
  vm.raise(vm.exc().RuntimeError, "super(): __class__ cell not found");
  return false;
}

Value current_globals(VM& vm) {
  Frame* frame = vm.interpreter().current_frame();
  return frame ? frame->globals : vm.make_dict();
}

namespace {

// A function's locals() (a new dict: its arguments and locals, then its cells' values).
Value frame_locals(VM& vm, const Frame& frame) {
  if (frame.locals) return frame.locals;
  Value locals = vm.make_dict();
  const Code& code = *frame.code;
  for (std::size_t i = 0; i < code.varnames.size(); ++i)
    if (frame.fast[i]) vm.dict_set(dict_of(locals), code.varnames[i], frame.fast[i]);
  const std::size_t ncells = code.cellvars.size();
  for (std::size_t i = 0; i < ncells + code.freevars.size(); ++i) {
    const Value& cell = frame.fast[code.nlocals() + i];
    if (cell && vm.type_index(cell) == kCellType && cell.as<Cell>()->value)
      vm.dict_set(dict_of(locals), i < ncells ? code.cellvars[i] : code.freevars[i - ncells],
                  cell.as<Cell>()->value);
  }
  return locals;
}

}  // namespace

Value current_locals(VM& vm) {
  Frame* frame = vm.interpreter().current_frame();
  return frame ? frame_locals(vm, *frame) : vm.make_dict();
}

Value running_frame(VM& vm, std::int64_t depth) {
  std::vector<std::pair<Frame*, std::uint32_t>> frames = vm.interpreter().running_frames();
  std::erase_if(frames, [](const auto& f) {
    const Code& code = *f.first->code;
    return code.hidden || (code.source && code.source->hidden);
  });
  if (depth < 0) depth = 0;
  if (static_cast<std::size_t>(depth) >= frames.size())
    return vm.raise(vm.exc().ValueError, "call stack is not deep enough");
  // Outermost first, each linked to the one made before it.
  Value back;
  for (auto it = frames.rbegin(); it != frames.rend() - depth; ++it) {
    auto* frame = new FrameObject();
    frame->set_user_tag(kFrameType);
    frame->entry = {it->first->code->shared_from_this(), it->second};
    frame->globals = it->first->globals;
    frame->locals = frame_locals(vm, *it->first);
    frame->running = it->first;
    frame->depth = it->first->depth;
    frame->back = std::move(back);
    back = Value(frame);
  }
  return back;
}

void refresh_running_frame(VM& vm, FrameObject& frame) {
  if (!frame.running) return;
  // A frame's memory is reused by later calls: the same code at the same depth is taken as
  // the same frame.
  for (const auto& [running, instruction] : vm.interpreter().running_frames()) {
    if (running != frame.running) continue;
    if (running->code != frame.entry.code.get() || running->depth != frame.depth) break;
    frame.entry.instruction = instruction;
    if (!running->locals) frame.locals = frame_locals(vm, *running);
    return;
  }
  frame.running = nullptr;  // it has returned: what was seen last stays
}

bool print_expression(VM& vm, const Value& v) {
  if (vm.is_none(v)) return true;
  auto text = vm.repr_text(v);
  if (!text) return false;
  vm.host().write_stdout(*text + "\n");
  return vm.dict_set_item(dict_of(vm.builtins()), "_", v);
}

}  // namespace py
