// Code objects: the bytecode the compiler emits and the interpreter runs.
//
// An instruction is one 32-bit word: an 8-bit opcode and a 24-bit argument. The instruction set
// follows CPython 3.10/3.11 where it can (a stack machine with LOAD_FAST, LOAD_METHOD/CALL...),
// with a per-frame block stack for exception handlers instead of 3.11's exception table — the
// compiler stays single-pass. Every instruction keeps the source range of the node it came
// from, so tracebacks and carets point at the exact expression.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "ast.hpp"
#include "vm/value.hpp"

namespace py {

enum class Op : std::uint8_t {
  Nop,
  PopTop,
  PushNull,
  Copy,  // push a copy of the arg-th item (1 = top)
  Swap,  // swap top with the arg-th item
  LoadConst,
  LoadFast,
  StoreFast,
  DeleteFast,
  LoadDeref,  // cells: own cell variables then free variables
  StoreDeref,
  DeleteDeref,
  LoadClassDeref,  // class body: the class namespace first, then the cell
  LoadClosure,     // push the cell itself
  LoadGlobal,      // arg: name index, plus kLoadGlobalPushNull to push a null first (a call's)
  StoreGlobal,
  DeleteGlobal,
  LoadName,  // module and class bodies: locals dict, globals, builtins
  StoreName,
  DeleteName,
  LoadAttr,
  StoreAttr,
  DeleteAttr,
  LoadMethod,  // pushes [method, self] or [null, bound value]
  BinarySubscr,
  StoreSubscr,
  DeleteSubscr,
  BuildSlice,  // arg: 2 or 3
  BinaryOp,    // arg: BinaryOp (+ kInplaceOffset)
  // BinaryOp whose right operand is a constant, not on the stack (kConstOperandShift).
  BinaryOpConst,
  UnaryOp,    // arg: UnaryOpCode
  CompareOp,  // arg: CompareOp
  // CompareOp whose right operand is a constant, not on the stack (kConstOperandShift).
  CompareOpConst,
  IsOp,        // arg: 1 for `is not`
  ContainsOp,  // arg: 1 for `not in`
  BuildTuple,
  BuildList,
  BuildSet,
  BuildMap,     // arg: number of key/value pairs
  BuildString,  // arg: number of pieces
  ListAppend,   // arg: depth of the list below the value
  SetAdd,
  MapAdd,
  ListExtend,
  SetUpdate,
  DictUpdate,
  DictMerge,  // for f(**a, **b): duplicate keys are a TypeError
  ListToTuple,
  FormatValue,  // arg: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 if a spec is on the stack
  UnpackSequence,
  UnpackEx,  // arg: before | after << 8
  Jump,
  PopJumpIfFalse,
  PopJumpIfTrue,
  JumpIfFalseOrPop,
  JumpIfTrueOrPop,
  GetIter,
  ForIter,       // arg: jump target when exhausted
  Call,          // arg: number of positional arguments; below them: [method-or-null, callable]
  CallKw,        // as Call, with a tuple of keyword names on top; arg counts all arguments
  CallEx,        // arg: 1 if a kwargs dict is on top; below: [null, callable, args tuple]
  MakeFunction,  // arg flags: 1 defaults, 2 kwdefaults, 4 annotations, 8 closure; code on top
  ReturnValue,
  SetupFinally,  // arg: handler; pushes a block
  PopBlock,
  Raise,          // arg: 0 re-raise, 1 exc, 2 exc from cause
  Reraise,        // re-raise the exception on top (end of finally / unmatched except)
  PushExcInfo,    // [exc] -> [previous handled exc, exc]; exc becomes the handled one
  PopExcept,      // restores the handled exception saved by PushExcInfo
  CheckExcMatch,  // [exc, type] -> [exc, bool]
  CheckEgMatch,   // except*: [eg, type] -> [rest, match]
  PrepReraiseStar,
  BeforeWith,       // [mgr] -> [exit, enter()]
  BeforeAsyncWith,  // [mgr] -> [aexit, aenter() awaitable]
  WithExceptStart,  // calls exit(type, exc, tb) with the exception on top
  YieldValue,
  GetYieldFromIter,
  YieldFrom,     // delegate to the iterator below the sent value
  GetAwaitable,  // arg: 0 await, 1 after __aenter__, 2 after __aexit__
  Await,         // awaits the awaitable on top, replacing it with the result
  GetAIter,
  GetANext,
  EndAsyncFor,
  ImportName,  // name const; [level, fromlist] -> module
  ImportFrom,
  ImportStar,
  LoadBuildClass,
  LoadAssertionError,
  PrintExpr,        // display mode: echo repr of a non-None value
  ReturnGenerator,  // first instruction of a generator/coroutine body (never executed: marker)
  // name: __annotations__; gives a module or class body the dict if it has none
  SetupAnnotations,
  LoadLocals,      // the class namespace dict (class bodies return it)
  CheckInterrupt,  // loop back-edges: honour the host's interrupt flag
  SetupWith,       // SetupFinally whose handler level leaves out the top item (enter()'s result)
  // The match statement's tests (arg & 0xff: a MatchKind; arg >> 8: MatchClass's positional
  // sub-pattern count), CPython's MATCH_SEQUENCE, MATCH_MAPPING, GET_LEN, MATCH_KEYS, MATCH_CLASS.
  Match,  // stays last: frozen code names the instruction set by it (vm/frozen_code.cpp)
};

enum MatchKind : std::uint32_t {
  kMatchSequence,  // [subject] -> [subject, is it a sequence for match]
  kMatchMapping,   // [subject] -> [subject, is it a mapping for match]
  kMatchGetLen,    // [subject] -> [subject, len(subject)]
  kMatchKeys,      // [subject, keys] -> [subject, keys, values tuple or None]
  kMatchClass,     // [subject, class, keyword names] -> [attributes tuple or None]
};

// LoadGlobal's flag: push the null a call of the global expects below it (`f(x)` is one
// instruction less, as in CPython 3.11's LOAD_GLOBAL).
constexpr std::uint32_t kLoadGlobalPushNull = 1u << 23;

// BinaryOpConst's and CompareOpConst's argument: the operator in the low byte (kOperandOpMask),
// the constant's index above it (the compiler fuses `LoadConst k; BinaryOp` into one
// instruction: `n - 1` and `i < 10` dispatch once).
constexpr std::uint32_t kOperandOpMask = 0xff;
constexpr std::uint32_t kConstOperandShift = 8;
constexpr std::uint32_t kMaxConstOperand = 1u << 16;  // 24-bit arguments

struct Instruction {
  static std::uint32_t encode(Op op, std::uint32_t arg) {
    return static_cast<std::uint32_t>(op) | (arg << 8);
  }
  static Op op(std::uint32_t word) { return static_cast<Op>(word & 0xff); }
  static unsigned opcode(std::uint32_t word) { return word & 0xff; }
  static std::uint32_t arg(std::uint32_t word) { return word >> 8; }
};

enum CodeFlags : std::uint32_t {
  kVarArgs = 1,
  kVarKeywords = 2,
  kGenerator = 4,
  kCoroutine = 8,
  kAsyncGenerator = 16,
  kModuleLevel = 32,  // module body: names are looked up with LoadName
  kClassBody = 64,
  kTopLevelAwait = 128,  // module body containing await: runs as a coroutine
  kComprehension = 256,
};

// The source of a program, shared by its code objects for traceback lines.
struct Source {
  std::string filename;
  std::string text;
  std::vector<std::uint32_t> line_starts;             // byte offset of each line
  // The Python half of a library module that CPython writes in C (itertools, functools,
  // operator; parts of random and collections): the frames of code compiled from it are left
  // out of tracebacks, as C code has none, so an error ends at the user's call.
  bool hidden = false;
  std::string_view line(std::uint32_t number) const;  // 1-based, without the newline
};

// Where a global name was found last time (LoadGlobal): valid while neither the globals nor
// the builtins dict gained or lost a key since (Dict::keys_version), so the entry still holds
// the name and its current value.
struct GlobalCacheEntry {
  const void* globals = nullptr;
  std::uint64_t globals_version = 0;
  std::uint64_t builtins_version = 0;
  std::uint32_t index = 0;  // the entry's position
  bool in_builtins = false;
};

// Where LoadMethod found a method last time (load_method): the slot in its class's namespace,
// valid for objects of `type` while class_lookup_epoch stays (as VM::lookup_in_type's own
// entries). The slot is read at each use, so a class attribute given a new value is seen.
struct MethodCacheEntry {
  const void* type = nullptr;
  std::uint64_t epoch = 0;
  const Value* slot = nullptr;
  bool instance_dict = false;  // the objects may have a __dict__ that shadows the method
};

struct Code : std::enable_shared_from_this<Code> {
  std::string name;
  std::string qualname;
  std::shared_ptr<const Source> source;
  std::uint32_t first_line = 1;
  std::uint32_t flags = 0;

  std::vector<std::uint32_t> instructions;
  std::vector<ast::Range> positions;  // one per instruction
  std::vector<Value> constants;
  std::vector<Value> names;                    // interned Strs (globals, attributes)
  Value doc;                                   // the docstring, or null
  std::vector<GlobalCacheEntry> global_cache;  // one per name, filled by LoadGlobal
  std::vector<MethodCacheEntry> method_cache;  // one per name, filled by LoadMethod

  std::vector<Value> varnames;  // local variable names (Strs): arguments first
  std::vector<Value> cellvars;  // this code's variables captured by inner functions
  std::vector<Value> freevars;  // variables captured from outer functions
  // For each cellvar, the argument index it starts from (or -1).
  std::vector<std::int32_t> cell_from_arg;

  std::uint32_t argcount = 0;  // positional parameters including positional-only
  std::uint32_t posonlyargcount = 0;
  std::uint32_t kwonlyargcount = 0;
  std::uint32_t stacksize = 0;
  std::uint32_t blocksize = 0;  // deepest block nesting
  // The frame layout, worked out by the first new_frame() so that a call does not recount it:
  // fast slots (locals then cells), fast plus stack slots, and the bytes of the whole frame.
  std::uint32_t frame_fast = 0;
  std::uint32_t frame_slots = 0;
  std::uint32_t frame_bytes = 0;
  // Calls with exactly `argcount` positional arguments just fill the first locals: no keyword-
  // only or variadic parameters, no cells, not a generator or coroutine. Set with the layout.
  bool plain_positional = false;
  // Left out of tracebacks, as a hidden source's code is (Source::hidden): a prelude function
  // standing in for what CPython does in C.
  bool hidden = false;

  bool is_generator_like() const { return flags & (kGenerator | kCoroutine | kAsyncGenerator); }
  std::uint32_t nlocals() const { return static_cast<std::uint32_t>(varnames.size()); }
  std::uint32_t ncells() const {
    return static_cast<std::uint32_t>(cellvars.size() + freevars.size());
  }
  std::uint32_t line_of(std::uint32_t instruction) const {
    return instruction < positions.size() ? positions[instruction].line : first_line;
  }
};

}  // namespace py
