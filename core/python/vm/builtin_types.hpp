// Built-in behaviour of the built-in types, switched on the object's type index. The VM's
// protocols (protocols.cpp) try a user class's dunder first and fall back to these.
//
// Conventions: a null Value means "raised" (exception pending in the VM); `vm.not_implemented()`
// means "this type does not support the operation with that operand", so the protocol tries
// the other operand or raises CPython's TypeError itself.
#pragma once

#include <cstdint>

#include "vm/vm.hpp"

namespace py {

// repr() of any non-user object (user instances without __repr__ too: "<__main__.C object at
// 0x...>"). Recursion-safe for containers ("[...]").
Value builtin_repr(VM& vm, const Value& v);
// The largest block a repetition (`[0] * n`) or a materialised range may need before it is a
// MemoryError rather than an attempt to fill the memory.
constexpr std::uint64_t kMaxAllocationBytes = std::uint64_t(1) << (sizeof(void*) >= 8 ? 32 : 30);
// CPython's tp_name of v's type for messages: "int", "C", "collections.deque", "list_iterator".
std::string builtin_type_name(VM& vm, const Value& v);
// The same for a type.
std::string tp_name(const Type* type);
// The length of the UTF-8 sequence at data[i] (1 to 4), or 0 with `end` and `reason` set to
// the invalid span as CPython's decoder reports it (overlong forms and surrogates are invalid).
std::size_t utf8_sequence(const std::string& data, std::size_t i, std::size_t& end,
                          const char*& reason);
// The self of a method of `owner` (args[0]), checked as CPython's descriptors do: dunders are
// slot wrappers ("descriptor '__init__' requires a 'list' object but received a 'int'"), the
// others method descriptors ("descriptor 'mro' for 'type' objects doesn't apply to a 'int'
// object"). False when it raised.
bool require_self(VM& vm, const CallArgs& args, Type* owner, std::string_view method);
// An object's address as CPython's %p prints it in reprs: "0x7f3a...".
std::string address_of(const Value& v);
// self OP other for op a CompareOp; NotImplemented when the types do not compare.
Value builtin_compare(VM& vm, const Value& self, const Value& other, int op);
// a OP b for op a BinaryOp (in-place ops arrive without kInplaceOffset). `reflected` says the
// VM is trying b's type (CPython's __radd__ side): the operands keep their order a, b.
Value builtin_binary(VM& vm, const Value& a, const Value& b, int op, bool reflected);
// -v, +v, ~v (UnaryOpCode kNeg/kPos/kInvert); NotImplemented when unsupported.
Value builtin_unary(VM& vm, const Value& v, int op);
// `item in container` for types not handled inline by VM::contains (range, dict views,
// bytes...): True/False, or NotImplemented to fall back to iteration.
Value builtin_contains(VM& vm, const Value& container, const Value& item);
// len() for types not handled inline by VM::length: an int, or NotImplemented.
Value builtin_length(VM& vm, const Value& v);
Value builtin_get_item(VM& vm, const Value& container, const Value& key);
bool builtin_set_item(VM& vm, const Value& container, const Value& key, Value value);
bool builtin_del_item(VM& vm, const Value& container, const Value& key);
// iter(): an iterator, or NotImplemented when the type is not iterable.
Value builtin_iter(VM& vm, const Value& iterable);
bool builtin_is_iterator(VM& vm, const Value& v);
// next(): the value; null without exception when exhausted; null with one on error.
Value builtin_next(VM& vm, const Value& iterator);
// format(v, spec) for built-in types (object.__format__ for the rest).
Value builtin_format(VM& vm, const Value& v, const Value& spec);

// object.__getattribute__ / __setattr__: descriptors (functions bind, property, staticmethod,
// classmethod, native methods), instance __dict__, type and module attributes. `value` null:
// delete. get raises AttributeError through vm.attribute_error.
Value generic_get_attr(VM& vm, const Value& object, const Value& name);
bool generic_set_attr(VM& vm, const Value& object, const Value& name, Value value);
// Where an object keeps its __dict__, or null when it has none (object() has none).
Value* dict_slot(VM& vm, const Value& object, const Type* type);

// Calling a type: `int('3')`, `list(x)`, `MyClass(1, 2)` (__new__ then __init__), `type(x)`,
// `type(name, bases, dict)`, exceptions...
Value construct(VM& vm, Type& type, CallArgs args);

// type.__new__(type, name, bases, namespace, **kwargs), for type(name, bases, dict) and the class
// statement (__build_class__ calls it after running the body): checks the bases (acceptable,
// layout, duplicates, C3 MRO), copies the namespace (__qualname__ and __classcell__ taken out,
// __module__ from the caller's globals if absent, __doc__ None if absent, __hash__ None when
// __eq__ is defined alone, implicit staticmethod __new__ and classmethod __init_subclass__ /
// __class_getitem__), registers the class, fills the __classcell__ cell, calls __set_name__ and
// the parent's __init_subclass__(**metaclass_kwargs). metaclass_kwargs: a Dict or null.
// metatype: the metaclass asked for (null: type); the class's type is the most derived of it and
// its bases' metaclasses (TypeError "metaclass conflict" when none is).
Value make_class(VM& vm, Value name, Value bases, Value namespace_dict, Value metaclass_kwargs,
                 Type* metatype = nullptr);
// The most derived of `metatype` and the types of `bases` (CPython's _PyType_CalculateMetaclass);
// null when they conflict (TypeError raised).
Type* calculate_metaclass(VM& vm, Type* metatype, const std::vector<Value>& bases);
// Zero-argument super(): the class whose body defines the running function (its __class__ cell)
// and that function's first argument. False when it raised (RuntimeError "super(): no
// arguments", "super(): __class__ cell not found"...). Implemented in runtime_support.cpp.
bool current_super_args(VM& vm, Value& type, Value& self);

// Installs the methods of the built-in types (str, list, dict, set, tuple, int, float,
// object, type, exceptions...) in their type dicts, once at VM start.
void install_builtin_methods(VM& vm);
// Fills the builtins module dict: print, len, range, isinstance... (modules/builtins_module.cpp)
void install_builtins_module(VM& vm);

// The dicts globals() and locals() return for the running frame (implemented in
// runtime_support.cpp). At module level and in class bodies locals are the frame's locals dict
// (the globals at module level); in a function, a dict of its variables.
Value current_globals(VM& vm);
Value current_locals(VM& vm);
// sys._getframe(depth): the running frame `depth` calls out from the innermost, library frames
// left out as in tracebacks; null with ValueError when the stack is not that deep.
Value running_frame(VM& vm, std::int64_t depth);
// Brings a sys._getframe frame's line and locals up to date if it is still running.
void refresh_running_frame(VM& vm, FrameObject& frame);

}  // namespace py
