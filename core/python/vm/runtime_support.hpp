// The pieces of the interpreter loop that are not the loop: making functions and generators,
// method lookup, unpacking, awaiting, exceptions and tracebacks. interpreter.cpp stays a
// readable switch; these live in runtime_support.cpp.
#pragma once

#include <memory>

#include "vm/interpreter.hpp"

namespace py {

Value make_function(VM& vm, const std::shared_ptr<Code>& code, const Value& globals,
                    Value defaults, Value kwdefaults, Value closure);
// Wraps a frame of generator-like code in its generator/coroutine/async generator object.
Value make_generator(VM& vm, Frame* frame);
// CPython's RuntimeWarning for a coroutine dropped without being awaited.
void warn_never_awaited(VM& vm, std::string_view qualname);
// A frame that returned or raised: free it, or mark its generator finished.
void finish_frame(VM& vm, Frame* frame);
// A frame an exception leaves: its locals go with the exception, as CPython's traceback keeps
// the frame; then finish_frame.
void finish_frame_with_error(VM& vm, Frame* frame);

void raise_name_error(VM& vm, const Value& name, Frame* frame);
// 1: method found unbound (push method, self); 0: `out` is the attribute value; -1 raised.
// A method found in the class's namespace is remembered in `cache` when one is given.
int load_method(VM& vm, const Value& self, const Value& name, Value& out,
                MethodCacheEntry* cache = nullptr);
// A function, or a built-in's method: what binds self when read through an instance.
inline bool is_plain_method(const Value& v) {
  if (!v.is_object()) return false;
  const std::uint32_t tag = v.object()->user_tag();
  return tag == kFunctionType || (tag == kBuiltinFunctionType && v.as<NativeFunction>()->is_method);
}
// Whether `self`'s __dict__ has `name` (its value into `shadow`, if given), shadowing its
// class's method.
bool instance_shadows(VM& vm, const Value& self, const Value& name, Value* shadow = nullptr);
// LoadMethod's remembered lookup: the method `cache` holds for `self`, or null (load_method).
inline const Value* cached_method(VM& vm, const MethodCacheEntry& cache, const Value& self,
                                  const Value& name) {
  if (cache.epoch != class_lookup_epoch || cache.type != vm.type_of(self)) return nullptr;
  const Value& method = *cache.slot;
  if (!is_plain_method(method)) return nullptr;
  if (cache.instance_dict && instance_shadows(vm, self, name)) return nullptr;
  return &method;
}
Value fast_subscript(VM& vm, const Value& container, const Value& key);
Value make_slice(VM& vm, Value start, Value stop, Value step);
Value inplace_op(VM& vm, const Value& a, const Value& b, int op);
bool extend_container(VM& vm, Op op, Value& target, const Value& source);
Value format_value(VM& vm, const Value& v, std::uint32_t conversion, const Value& spec);
bool unpack(VM& vm, const Value& seq, bool with_star, std::uint32_t arg,
            std::vector<Value>& out);
Value stop_iteration_value(VM& vm, const Value& stop);
// gen.send(value) (next(gen) with None): the yielded value, or null with StopIteration (carrying
// the return value) or the generator's exception raised.
Value generator_send(VM& vm, const Value& generator, Value sent);
// One step of `yield from` over an iterator that is not a generator: next(sub), or
// sub.send(sent) when sent is not None. Exhausted: null, with the StopIteration (and its value)
// still pending when the iterator raised one.
Value yield_from_step(VM& vm, const Value& sub, const Value& sent);
// send, throw, close and __next__ on the generator type.
void install_generator_methods(VM& vm);

// Awaiting.
Value get_awaitable(VM& vm, const Value& v, std::uint32_t where);
// What get_awaitable makes of an object whose type defines __await__: the iterator __await__
// returned, which the awaiting task drives as CPython's Task.__step drives a coroutine
// (await_native). `pending`: an exception to throw into it at the next step ("Task got bad
// yield").
struct AwaitIterObject : Object {
  Value iterator;
  Value pending;
};
enum class AwaitStep { Done, Suspend, Error };
// A future, task or sleep on top of the stack: Done (outcome = the result), Suspend (outcome =
// the future to wait for, or null for a bare yield), Error.
AwaitStep await_native(VM& vm, const Value& awaitable, Frame* frame, Value& outcome);
Value get_aiter(VM& vm, const Value& v);
Value get_anext(VM& vm, const Value& aiter);
// Enters an async generator's frame for __anext__ / asend / athrow / aclose: 1 entered (callee
// set), 2 entered with an exception to raise there (athrow, aclose; pending), 0 immediate value,
// -1 raised.
int anext_enter(VM& vm, const Value& awaitable, Frame* caller, Frame*& callee, Value& immediate);
// The awaitable of anext(async_generator, default); anext_default gives the default (null when
// there is none) for an async generator that has ended.
Value make_anext(VM& vm, const Value& generator, Value fallback);
Value anext_default(const Value& awaitable);
// Is `awaitable` an aclose() being awaited (on the awaiting frame's stack while the generator
// runs)?
bool anext_is_closing(const Value& awaitable);
// __aiter__, __anext__, asend(), athrow() and aclose() of async generators.
void install_async_generator_methods(VM& vm);

// Exceptions.
void do_raise(VM& vm, Value exc, Value cause, bool has_cause, const Value& handled);
int exception_matches(VM& vm, const Value& exc, const Value& type);
bool exception_group_split(VM& vm, const Value& group, const Value& type, Value& match,
                           Value& rest);
Value prepare_reraise_star(VM& vm, const Value& original, const Value& raised,
                           const Value& rest);
void add_traceback(VM& vm, Frame* frame, std::uint32_t instruction);
// e.__traceback__ (None when it has no entry), and setting it from a traceback object or None
// (false with TypeError otherwise).
Value exception_traceback(VM& vm, ExceptionObject& e);
bool set_exception_traceback(VM& vm, ExceptionObject& e, const Value& traceback);
// StopIteration escaping a generator (for_generator) or coroutine becomes RuntimeError.
void convert_stop_iteration(VM& vm, bool for_generator);

// builtins.__build_class__, made once when the builtins module is filled.
Value build_class_function(VM& vm);
bool print_expression(VM& vm, const Value& v);

}  // namespace py
