#include "compiler/compiler.hpp"

#include <algorithm>
#include <cstring>

#include "compiler/symtable.hpp"
#include "objects/complex.hpp"
#include "objects/numbers.hpp"
#include "parser.hpp"
#include "vm/set_table.hpp"
#include "vm/vm.hpp"

namespace py {

std::string_view Source::line(std::uint32_t number) const {
  if (number == 0 || number > line_starts.size()) return {};
  std::size_t begin = line_starts[number - 1];
  std::size_t end = number < line_starts.size() ? line_starts[number] : text.size();
  while (end > begin && (text[end - 1] == '\n' || text[end - 1] == '\r')) --end;
  return std::string_view(text).substr(begin, end - begin);
}

std::shared_ptr<Source> make_source(std::string filename, std::string text) {
  auto source = std::make_shared<Source>();
  source->filename = std::move(filename);
  source->text = std::move(text);
  source->line_starts.push_back(0);
  for (std::size_t i = 0; i < source->text.size(); ++i)
    if (source->text[i] == '\n' && i + 1 <= source->text.size())
      source->line_starts.push_back(static_cast<std::uint32_t>(i + 1));
  return source;
}

namespace {

using namespace ast;
// The AST's names win over the object model's (py::Tuple, py::List...).
using ast::Dict;
using ast::List;
using ast::Module;
using ast::Set;
using ast::Tuple;

// What a `break`, `continue` or `return` must undo on its way out (CPython's fblocks).
enum class BlockKind { WhileLoop, ForLoop, AsyncForLoop, TryExcept, FinallyTry, FinallyEnd,
                       With, AsyncWith, HandlerCleanup, PopValue };
struct FBlock {
  BlockKind kind;
  std::uint32_t continue_target = 0;
  std::vector<std::uint32_t>* break_jumps = nullptr;
  const StmtList* finalbody = nullptr;
  const ExceptHandler* handler = nullptr;  // HandlerCleanup with a name
  bool except_star = false;                // HandlerCleanup of an except* handler
};

class CodeBuilder;

// An annotation's source text: under `from __future__ import annotations`, what it is kept as
// when Compiler::unparse does not write that kind of expression.
std::string annotation_text(const Source& source, const Range& r) {
  if (r.line == 0 || r.line > source.line_starts.size() || r.end_line > source.line_starts.size())
    return {};
  std::size_t begin = source.line_starts[r.line - 1] + r.column;
  std::size_t end = source.line_starts[r.end_line - 1] + r.end_column;
  if (begin > end || end > source.text.size()) return {};
  return source.text.substr(begin, end - begin);
}

bool is_future_import(const Stmt& s) {
  if (s.kind != StmtKind::ImportFrom) return false;
  auto& from = static_cast<const ImportFrom&>(s);
  return from.module == "__future__" && from.level == 0;
}

// The future imports a module starts with (after its docstring): the only ones allowed.
std::vector<const Stmt*> leading_future_imports(const Module& m) {
  std::vector<const Stmt*> found;
  std::size_t i = 0;
  if (!m.body.empty() && m.body[0]->kind == StmtKind::Expr &&
      static_cast<const ExprStmt&>(*m.body[0]).value->kind == ExprKind::Constant &&
      static_cast<const Constant&>(*static_cast<const ExprStmt&>(*m.body[0]).value).value_kind ==
          ConstantKind::Str)
    ++i;
  for (; i < m.body.size() && is_future_import(*m.body[i]); ++i) found.push_back(m.body[i].get());
  return found;
}

class Compiler {
 public:
  Compiler(VM& vm, std::shared_ptr<const Source> source, SymbolTable& table,
           const CompileOptions& options)
      : vm_(vm), source_(std::move(source)), table_(table), options_(options) {}

  std::shared_ptr<Code> module(const Module& m);
  std::optional<SyntaxErrorInfo> error;
  std::vector<CompileWarning> warnings;

 private:
  friend class CodeBuilder;
  struct Unit {
    std::shared_ptr<Code> code;
    Scope* scope = nullptr;
    std::vector<FBlock> fblocks;
    Range position;
    SortedMap<std::string, std::uint32_t> name_index, const_str_index;
    std::uint32_t depth = 0;
    bool in_async_comprehension = false;
    // The furthest instruction a forward jump lands on (backward jumps land on instructions
    // already followed by others): emit() fuses nothing into an instruction a jump lands on.
    std::uint32_t last_jump_target = 0;
  };

  // ---- emission ----
  std::uint32_t emit(Op op, std::uint32_t arg = 0) {
    auto& code = *unit_->code;
    // [null, global] for a call: one instruction. Nothing jumps between the two (a call emits
    // its null, then its callee's name).
    if (op == Op::LoadGlobal && !code.instructions.empty() &&
        Instruction::op(code.instructions.back()) == Op::PushNull)
      return replace_last(op, arg | kLoadGlobalPushNull);
    // A constant right operand: `n - 1`, `i < 10` are one instruction (BinaryOpConst,
    // CompareOpConst). The fused instruction takes the constant's place, so a jump to the
    // constant still lands on it; none may land between the two, where the constant would be
    // on the stack.
    if ((op == Op::BinaryOp || op == Op::CompareOp) && !code.instructions.empty() &&
        Instruction::op(code.instructions.back()) == Op::LoadConst &&
        Instruction::arg(code.instructions.back()) < kMaxConstOperand &&
        unit_->last_jump_target != here()) {
      const std::uint32_t constant = Instruction::arg(code.instructions.back());
      return replace_last(op == Op::BinaryOp ? Op::BinaryOpConst : Op::CompareOpConst,
                          arg | (constant << kConstOperandShift));
    }
    code.instructions.push_back(Instruction::encode(op, arg));
    code.positions.push_back(unit_->position);
    return static_cast<std::uint32_t>(code.instructions.size() - 1);
  }
  // The last instruction becomes `op arg`, at the current position (emit()'s fusions).
  std::uint32_t replace_last(Op op, std::uint32_t arg) {
    auto& code = *unit_->code;
    code.instructions.back() = Instruction::encode(op, arg);
    code.positions.back() = unit_->position;
    return static_cast<std::uint32_t>(code.instructions.size() - 1);
  }
  std::uint32_t here() const { return static_cast<std::uint32_t>(unit_->code->instructions.size()); }
  void patch(std::uint32_t at, std::uint32_t target) {
    auto& word = unit_->code->instructions[at];
    word = Instruction::encode(Instruction::op(word), target);
    unit_->last_jump_target = std::max(unit_->last_jump_target, target);
  }
  void patch_here(std::uint32_t at) { patch(at, here()); }
  std::uint32_t constant(Value v) {
    auto& consts = unit_->code->constants;
    for (std::uint32_t i = 0; i < consts.size(); ++i)
      if (consts[i].is(v)) return i;
    consts.push_back(std::move(v));
    return static_cast<std::uint32_t>(consts.size() - 1);
  }
  std::uint32_t str_constant(const std::string& s) {
    auto it = unit_->const_str_index.find(s);
    if (it != unit_->const_str_index.end()) return it->second;
    std::uint32_t i = constant(vm_.intern(s));
    unit_->const_str_index[s] = i;
    return i;
  }
  std::uint32_t name(const std::string& s) {
    auto it = unit_->name_index.find(s);
    if (it != unit_->name_index.end()) return it->second;
    auto& names = unit_->code->names;
    names.push_back(vm_.intern(s));
    std::uint32_t i = static_cast<std::uint32_t>(names.size() - 1);
    unit_->name_index[s] = i;
    return i;
  }
  // CPython's ADDOP_NAME: attribute and import names are mangled as the variables are.
  std::uint32_t mangled_name(const std::string& s) { return name(mangle(s)); }
  std::string mangle(const std::string& s) const { return unit_->scope->mangle(s); }
  void load_const(Value v) { emit(Op::LoadConst, constant(std::move(v))); }
  void load_none() { load_const(vm_.none()); }

  // A SyntaxWarning on the current position's line (each one shown: CPython's compiler warns
  // without a registry).
  void warn(std::string message) { warnings.push_back({unit_->position.line, std::move(message)}); }
  void check_identity(const Compare& c);
  void check_call(const Call& c);
  void check_subscript(const Subscript& s);

  void fail(const std::string& message, const Range& r) {
    if (error) return;
    SyntaxErrorInfo e;
    e.message = message;
    e.start = {r.line, r.column};
    e.end = {r.end_line, r.end_column};
    error = e;
  }

  struct Position {
    Compiler& c;
    Range saved;
    Position(Compiler& c, const Range& r) : c(c), saved(c.unit_->position) { c.unit_->position = r; }
    ~Position() { c.unit_->position = saved; }
  };

  // ---- units ----
  void enter_unit(Scope* scope, std::string name, std::string qualname, std::uint32_t flags,
                  const Range& range);
  std::shared_ptr<Code> leave_unit();
  std::string qualname_for(const std::string& name);
  // May the current unit await: an async function, or a module allowed top-level await.
  bool in_async_function() const {
    if (unit_->scope->kind == ScopeKind::Module) return options_.top_level_await;
    return unit_->scope->kind == ScopeKind::Function &&
           (unit_->code->flags & (kCoroutine | kAsyncGenerator));
  }

  // ---- names ----
  void load_name(const std::string& written);
  void store_name(const std::string& written);
  void delete_name(const std::string& written);
  std::uint32_t local_index(const std::string& id);
  std::uint32_t cell_index(const std::string& id);

  // ---- statements ----
  void stmts(const StmtList& list) {
    for (auto& s : list) {
      if (error) return;
      stmt(*s);
    }
  }
  void stmt(const Stmt& s);
  void function_def(const FunctionDef& f);
  void class_def(const ClassDef& c);
  void make_function(std::shared_ptr<Code> code, const Arguments& args,
                     const Expr* returns = nullptr);
  std::uint32_t parameter_annotations(const Arguments& args, const Expr* returns);
  void annotation(const Expr& e);
  bool unparse(const Expr& e, std::string& out, bool in_subscript);
  void ann_assign(const AnnAssign& a);
  void ann_subscript_check(const Expr& slice);
  static bool has_annotations(const StmtList& body);
  void assign_target(const Expr& target);
  void aug_assign(const AugAssign& a);
  void for_stmt(const For& f);
  void while_stmt(const While& w);
  void if_stmt(const If& i);
  void with_stmt(const With& w, std::size_t item);
  void try_stmt(const Try& t);
  void try_except(const Try& t);
  void try_finally(const Try& t);
  void try_star(const Try& t);
  void raise_stmt(const Raise& r);
  void return_stmt(const Return& r);
  void break_stmt(const Stmt& s);
  void continue_stmt(const Stmt& s);
  void import_stmt(const Import& i);
  void import_from(const ImportFrom& i);
  void assert_stmt(const Assert& a);
  void delete_target(const Expr& e);
  // Emits the exits of fblocks above `stop` (exclusive); `preserve_top` keeps a return value.
  void unwind_fblock(const FBlock& block, bool preserve_top);
  bool unwind_stack_for_loop(bool for_break, const Stmt& s);

  // ---- expressions ----
  void expr(const Expr& e);
  void exprs(const ExprList& list) {
    for (auto& e : list) expr(*e);
  }
  void constant_expr(const Constant& c);
  void call(const Call& c);
  bool call_helper(const ExprList& args, const std::vector<Keyword>& keywords,
                   std::uint32_t already_pushed);
  void compare(const Compare& c);
  void bool_op(const BoolOp& b);
  void jump_if(const Expr& e, bool jump_when, std::vector<std::uint32_t>& jumps);
  void starred_collection(const ExprList& elts, Op build, Op extend, bool tuple);
  void set_display(const ExprList& elts);
  Value folded_constant(const Expr& e);
  void dict_display(const ast::Dict& d);
  void comprehension(const Expr& node, const std::vector<Comprehension>& gens,
                     const Expr* elt, const Expr* value, int kind);
  void comprehension_generator(const std::vector<Comprehension>& gens, std::size_t index,
                               const Expr* elt, const Expr* value, int kind);
  void lambda(const Lambda& l);
  void joined_str(const JoinedStr& j);
  void formatted_value(const FormattedValue& f);
  void await_value();
  void yield_from_value();
  void subscript_slice(const Expr& slice);
  void unpack_targets(const ExprList& elts, const Range& range);

  // ---- the match statement (see "Compiling the match statement" below) ----
  struct PatternContext;
  void match_stmt(const Match& m);
  void pattern(const Pattern& p, PatternContext& pc);
  void pattern_subpattern(const Pattern& p, PatternContext& pc);
  void pattern_store(const std::string& name, PatternContext& pc);
  void pattern_rotate(std::uint32_t count);
  void pattern_fail_jump(PatternContext& pc, Op op);
  void pattern_fail_pops(PatternContext& pc);
  void pattern_sequence(const MatchSequence& p, PatternContext& pc);
  void pattern_mapping(const MatchMapping& p, PatternContext& pc);
  void pattern_class(const MatchClass& p, PatternContext& pc);
  void pattern_or(const MatchOr& p, PatternContext& pc);
  bool pattern_error(const std::string& message);

  VM& vm_;
  std::shared_ptr<const Source> source_;
  SymbolTable& table_;
  CompileOptions options_;
  bool future_annotations_ = false;  // `from __future__ import annotations`: kept as text
  std::vector<const Stmt*> future_imports_;  // the module's leading ones
  std::vector<std::unique_ptr<Unit>> units_;
  Unit* unit_ = nullptr;
  std::vector<std::string> qualname_stack_;
};

// ---------------------------------------------------------------------------------------------
// Units

void Compiler::enter_unit(Scope* scope, std::string name, std::string qualname,
                          std::uint32_t flags, const Range& range) {
  auto unit = std::make_unique<Unit>();
  unit->code = std::make_shared<Code>();
  unit->scope = scope;
  unit->position = range;
  auto& code = *unit->code;
  code.name = std::move(name);
  code.qualname = std::move(qualname);
  code.source = source_;
  code.first_line = range.line ? range.line : 1;
  code.flags = flags;
  if (scope->kind == ScopeKind::Function || scope->kind == ScopeKind::Comprehension) {
    for (auto& p : scope->params) code.varnames.push_back(vm_.intern(p));
  }
  for (auto& c : scope->cellvars) {
    code.cellvars.push_back(vm_.intern(c));
    auto it = std::find(scope->params.begin(), scope->params.end(), c);
    code.cell_from_arg.push_back(
        scope->kind != ScopeKind::Class && it != scope->params.end()
            ? static_cast<std::int32_t>(it - scope->params.begin())
            : -1);
  }
  for (auto& f : scope->freevars) code.freevars.push_back(vm_.intern(f));
  units_.push_back(std::move(unit));
  unit_ = units_.back().get();
}

// Stack depth: a walk over the control-flow graph, as CPython's stackdepth().
int stack_effect(Op op, std::uint32_t arg, bool jump) {
  switch (op) {
    case Op::Nop: case Op::Jump: case Op::PopBlock: case Op::CheckInterrupt:
    case Op::ReturnGenerator: case Op::SetupAnnotations: case Op::UnaryOp: case Op::GetIter:
    case Op::GetAwaitable: case Op::Await: case Op::GetYieldFromIter: case Op::YieldValue:
    case Op::Swap: case Op::ListToTuple: case Op::DeleteFast: case Op::DeleteDeref:
    case Op::DeleteGlobal: case Op::DeleteName: case Op::GetAIter: case Op::LoadAttr:
    case Op::BinaryOpConst:
    case Op::CompareOpConst:
      return 0;
    case Op::PopTop: case Op::StoreFast: case Op::StoreDeref: case Op::StoreGlobal:
    case Op::StoreName: case Op::DeleteAttr: case Op::BinarySubscr: case Op::BinaryOp:
    case Op::CompareOp: case Op::IsOp: case Op::ContainsOp: case Op::PopJumpIfFalse:
    case Op::PopJumpIfTrue: case Op::ListAppend: case Op::SetAdd: case Op::ListExtend:
    case Op::SetUpdate: case Op::DictUpdate: case Op::DictMerge: case Op::ReturnValue:
    case Op::PrintExpr: case Op::PopExcept: case Op::Reraise: case Op::ImportStar:
    case Op::YieldFrom:
      return -1;
    case Op::PushNull: case Op::Copy: case Op::LoadConst: case Op::LoadFast: case Op::LoadDeref:
    case Op::LoadClassDeref:
    case Op::LoadClosure:
    case Op::LoadName:
    case Op::LoadBuildClass: case Op::LoadAssertionError: case Op::GetANext:
    case Op::ImportFrom: case Op::LoadLocals: case Op::PushExcInfo:
    case Op::WithExceptStart: case Op::BeforeWith: case Op::BeforeAsyncWith:
    case Op::LoadMethod:
      return 1;
    case Op::LoadGlobal:
      return arg & kLoadGlobalPushNull ? 2 : 1;
    case Op::StoreAttr: case Op::MapAdd: case Op::DeleteSubscr:
      return -2;
    case Op::StoreSubscr:
      return -3;
    case Op::BuildSlice:
      return 1 - static_cast<int>(arg);
    case Op::BuildTuple: case Op::BuildList: case Op::BuildSet: case Op::BuildString:
      return 1 - static_cast<int>(arg);
    case Op::BuildMap:
      return 1 - 2 * static_cast<int>(arg);
    case Op::FormatValue:
      return (arg & 4) ? -1 : 0;
    case Op::UnpackSequence:
      return static_cast<int>(arg) - 1;
    case Op::UnpackEx:
      return static_cast<int>((arg & 0xff) + (arg >> 8));
    case Op::JumpIfFalseOrPop: case Op::JumpIfTrueOrPop:
      return jump ? 0 : -1;
    case Op::ForIter:
      return jump ? -1 : 1;
    case Op::Call:
      return -1 - static_cast<int>(arg);
    case Op::CallKw:
      return -2 - static_cast<int>(arg);
    case Op::CallEx:
      return -2 - static_cast<int>(arg & 1);
    case Op::MakeFunction:
      return -(((arg & 1) != 0) + ((arg & 2) != 0) + ((arg & 4) != 0) + ((arg & 8) != 0));
    case Op::SetupFinally:
      return jump ? 1 : 0;
    case Op::SetupWith:
      return 0;
    case Op::Raise:
      return -static_cast<int>(arg);
    case Op::CheckExcMatch: case Op::CheckEgMatch:
      return 0;
    case Op::PrepReraiseStar:
      return -1;
    case Op::EndAsyncFor:
      return -2;
    case Op::ImportName:
      return -1;
    case Op::Match:
      return (arg & 0xff) == kMatchClass ? -2 : 1;
  }
  return 0;
}

bool is_jump(Op op) {
  switch (op) {
    case Op::Jump: case Op::PopJumpIfFalse: case Op::PopJumpIfTrue: case Op::JumpIfFalseOrPop:
    case Op::JumpIfTrueOrPop: case Op::ForIter: case Op::SetupFinally: case Op::SetupWith:
      return true;
    default:
      return false;
  }
}

void compute_stack_size(Code& code) {
  std::size_t n = code.instructions.size();
  std::vector<int> depth_at(n + 1, -1);
  std::vector<std::uint32_t> work{0};
  depth_at[0] = 0;
  int max_depth = 0;
  std::uint32_t blocks = 0, max_blocks = 0;
  while (!work.empty()) {
    std::uint32_t i = work.back();
    work.pop_back();
    int depth = depth_at[i];
    for (; i < n; ++i) {
      std::uint32_t word = code.instructions[i];
      Op op = Instruction::op(word);
      std::uint32_t arg = Instruction::arg(word);
      if (op == Op::SetupFinally || op == Op::SetupWith) max_blocks = std::max(max_blocks, ++blocks);
      if (is_jump(op)) {
        int target_depth = depth + stack_effect(op, arg, true);
        max_depth = std::max(max_depth, target_depth);
        if (arg <= n && depth_at[arg] < target_depth) {
          depth_at[arg] = target_depth;
          work.push_back(arg);
        }
      }
      depth += stack_effect(op, arg, false);
      max_depth = std::max(max_depth, depth);
      if (op == Op::Jump || op == Op::ReturnValue || op == Op::Raise || op == Op::Reraise) break;
      if (i + 1 <= n && depth_at[i + 1] >= depth) break;
      if (i + 1 <= n) depth_at[i + 1] = depth;
    }
  }
  code.stacksize = static_cast<std::uint32_t>(max_depth) + 2;
  // An over-estimate (every SetupFinally/SetupWith counts), and 0 without any: such a frame
  // has no block records to clear when it is freed.
  code.blocksize = max_blocks;
}

std::shared_ptr<Code> Compiler::leave_unit() {
  auto code = unit_->code;
  // After a SyntaxError the code is thrown away, and it may not balance its stack (a rejected
  // target stores nothing): the depths of a loop would then grow without end.
  if (!error) compute_stack_size(*code);
  units_.pop_back();
  unit_ = units_.empty() ? nullptr : units_.back().get();
  return code;
}

std::string Compiler::qualname_for(const std::string& name) {
  if (!unit_ || unit_->scope->kind == ScopeKind::Module) return name;
  std::string prefix = unit_->code->qualname;
  if (unit_->scope->kind == ScopeKind::Function || unit_->scope->kind == ScopeKind::Comprehension)
    prefix += ".<locals>";
  return prefix + "." + name;
}

// ---------------------------------------------------------------------------------------------
// Names

std::uint32_t Compiler::local_index(const std::string& id) {
  auto& names = unit_->code->varnames;
  for (std::uint32_t i = 0; i < names.size(); ++i)
    if (VM::str_text(names[i]) == id) return i;
  names.push_back(vm_.intern(id));
  return static_cast<std::uint32_t>(names.size() - 1);
}

std::uint32_t Compiler::cell_index(const std::string& id) {
  auto& code = *unit_->code;
  for (std::uint32_t i = 0; i < code.cellvars.size(); ++i)
    if (VM::str_text(code.cellvars[i]) == id) return i;
  for (std::uint32_t i = 0; i < code.freevars.size(); ++i)
    if (VM::str_text(code.freevars[i]) == id)
      return static_cast<std::uint32_t>(code.cellvars.size() + i);
  return 0;
}

void Compiler::load_name(const std::string& written) {
  Scope* scope = unit_->scope;
  std::string id = scope->mangle(written);
  NameScope where = scope->scope_of(id);
  switch (scope->kind) {
    case ScopeKind::Module:
      emit(where == NameScope::GlobalExplicit ? Op::LoadGlobal : Op::LoadName, name(id));
      return;
    case ScopeKind::Class:
      if (where == NameScope::Free || where == NameScope::Cell) {
        emit(Op::LoadClassDeref, cell_index(id));
      } else {
        emit(where == NameScope::GlobalExplicit ? Op::LoadGlobal : Op::LoadName, name(id));
      }
      return;
    default:
      break;
  }
  switch (where) {
    case NameScope::Local: emit(Op::LoadFast, local_index(id)); break;
    case NameScope::Cell:
    case NameScope::Free: emit(Op::LoadDeref, cell_index(id)); break;
    default: emit(Op::LoadGlobal, name(id)); break;
  }
}

void Compiler::store_name(const std::string& written) {
  Scope* scope = unit_->scope;
  std::string id = scope->mangle(written);
  NameScope where = scope->scope_of(id);
  if (where == NameScope::GlobalExplicit) {
    emit(Op::StoreGlobal, name(id));
    return;
  }
  if (scope->kind == ScopeKind::Module || scope->kind == ScopeKind::Class) {
    if (where == NameScope::Free) {
      emit(Op::StoreDeref, cell_index(id));
    } else {
      emit(Op::StoreName, name(id));
    }
    return;
  }
  switch (where) {
    case NameScope::Local: emit(Op::StoreFast, local_index(id)); break;
    case NameScope::Cell:
    case NameScope::Free: emit(Op::StoreDeref, cell_index(id)); break;
    default: emit(Op::StoreGlobal, name(id)); break;
  }
}

void Compiler::delete_name(const std::string& written) {
  Scope* scope = unit_->scope;
  std::string id = scope->mangle(written);
  NameScope where = scope->scope_of(id);
  if (where == NameScope::GlobalExplicit) {
    emit(Op::DeleteGlobal, name(id));
    return;
  }
  if (scope->kind == ScopeKind::Module || scope->kind == ScopeKind::Class) {
    emit(Op::DeleteName, name(id));
    return;
  }
  switch (where) {
    case NameScope::Local: emit(Op::DeleteFast, local_index(id)); break;
    case NameScope::Cell:
    case NameScope::Free: emit(Op::DeleteDeref, cell_index(id)); break;
    default: emit(Op::DeleteGlobal, name(id)); break;
  }
}

// ---------------------------------------------------------------------------------------------
// Module

std::shared_ptr<Code> Compiler::module(const Module& m) {
  Scope* scope = table_.module.get();
  std::uint32_t flags = kModuleLevel;
  if (scope->has_await) flags |= kTopLevelAwait;
  enter_unit(scope, "<module>", "<module>", flags, Range{1, 0, 1, 0});
  future_imports_ = leading_future_imports(m);
  for (const Stmt* s : future_imports_)
    for (auto& alias : static_cast<const ImportFrom&>(*s).names)
      if (alias.name == "annotations") future_annotations_ = true;
  if (options_.eval) {
    if (m.body.size() != 1 || m.body[0]->kind != StmtKind::Expr) {
      fail("invalid syntax", m.body.empty() ? Range{1, 0, 1, 0} : m.body[0]->range);
      return leave_unit();
    }
    {
      Position pos(*this, m.body[0]->range);
      expr(*static_cast<const ExprStmt&>(*m.body[0]).value);
      emit(Op::ReturnValue);
    }
    return leave_unit();
  }
  if (has_annotations(m.body)) {
    Position pos(*this, m.body[0]->range);
    emit(Op::SetupAnnotations, name("__annotations__"));
  }
  for (std::size_t i = 0; i < m.body.size() && !error; ++i) {
    const Stmt& s = *m.body[i];
    bool last = i + 1 == m.body.size();
    if (last && options_.display && s.kind == StmtKind::Expr) {
      Position pos(*this, s.range);
      expr(*static_cast<const ExprStmt&>(s).value);
      emit(Op::PrintExpr);
    } else {
      stmt(s);
    }
  }
  unit_->position = Range{0, 0, 0, 0};
  load_none();
  emit(Op::ReturnValue);
  return leave_unit();
}

// ---------------------------------------------------------------------------------------------
// Statements

void Compiler::stmt(const Stmt& s) {
  Position pos(*this, s.range);
  switch (s.kind) {
    case StmtKind::FunctionDef:
    case StmtKind::AsyncFunctionDef:
      function_def(static_cast<const FunctionDef&>(s));
      break;
    case StmtKind::ClassDef:
      class_def(static_cast<const ClassDef&>(s));
      break;
    case StmtKind::Return:
      return_stmt(static_cast<const Return&>(s));
      break;
    case StmtKind::Delete:
      for (auto& t : static_cast<const Delete&>(s).targets) delete_target(*t);
      break;
    case StmtKind::Assign: {
      auto& a = static_cast<const Assign&>(s);
      expr(*a.value);
      for (std::size_t i = 0; i < a.targets.size(); ++i) {
        if (i + 1 < a.targets.size()) emit(Op::Copy, 1);
        assign_target(*a.targets[i]);
      }
      break;
    }
    case StmtKind::AugAssign:
      aug_assign(static_cast<const AugAssign&>(s));
      break;
    case StmtKind::AnnAssign:
      ann_assign(static_cast<const AnnAssign&>(s));
      break;
    case StmtKind::For:
    case StmtKind::AsyncFor:
      for_stmt(static_cast<const For&>(s));
      break;
    case StmtKind::While:
      while_stmt(static_cast<const While&>(s));
      break;
    case StmtKind::If:
      if_stmt(static_cast<const If&>(s));
      break;
    case StmtKind::With:
    case StmtKind::AsyncWith:
      with_stmt(static_cast<const With&>(s), 0);
      break;
    case StmtKind::Match:
      match_stmt(static_cast<const Match&>(s));
      break;
    case StmtKind::Raise:
      raise_stmt(static_cast<const Raise&>(s));
      break;
    case StmtKind::Try:
      try_stmt(static_cast<const Try&>(s));
      break;
    case StmtKind::TryStar:
      try_star(static_cast<const Try&>(s));
      break;
    case StmtKind::Assert:
      assert_stmt(static_cast<const Assert&>(s));
      break;
    case StmtKind::Import:
      import_stmt(static_cast<const Import&>(s));
      break;
    case StmtKind::ImportFrom:
      import_from(static_cast<const ImportFrom&>(s));
      break;
    case StmtKind::Global:
    case StmtKind::Nonlocal:
    case StmtKind::Pass:
      break;
    case StmtKind::Expr: {
      auto& e = static_cast<const ExprStmt&>(s);
      if (options_.single && unit_->scope->kind == ScopeKind::Module) {
        // compile(..., 'single') echoes each expression statement outside functions.
        expr(*e.value);
        emit(Op::PrintExpr);
        break;
      }
      if (e.value->kind == ExprKind::Constant) break;  // docstrings and bare literals
      expr(*e.value);
      emit(Op::PopTop);
      break;
    }
    case StmtKind::Break:
      break_stmt(s);
      break;
    case StmtKind::Continue:
      continue_stmt(s);
      break;
  }
}

void Compiler::make_function(std::shared_ptr<Code> code, const Arguments& args,
                             const Expr* returns) {
  std::uint32_t flags = 0;
  if (!args.defaults.empty()) {
    exprs(args.defaults);
    emit(Op::BuildTuple, static_cast<std::uint32_t>(args.defaults.size()));
    flags |= 1;
  }
  std::uint32_t nkw = 0;
  for (std::size_t i = 0; i < args.kwonlyargs.size(); ++i) {
    if (i < args.kw_defaults.size() && args.kw_defaults[i]) {
      load_const(vm_.intern(mangle(args.kwonlyargs[i].name)));
      expr(*args.kw_defaults[i]);
      ++nkw;
    }
  }
  if (nkw) {
    emit(Op::BuildMap, nkw);
    flags |= 2;
  }
  if (std::uint32_t n = parameter_annotations(args, returns)) {
    emit(Op::BuildMap, n);
    flags |= 4;
  }
  if (!code->freevars.empty()) {
    for (auto& free : code->freevars) {
      std::string id = VM::str_text(free);
      // The enclosing unit holds this variable as a cell (its own or one it passes on).
      emit(Op::LoadClosure, cell_index(id));
    }
    emit(Op::BuildTuple, static_cast<std::uint32_t>(code->freevars.size()));
    flags |= 8;
  }
  load_const(make_code_object(vm_, std::move(code)));
  emit(Op::MakeFunction, flags);
}

// The annotations of a function's parameters and return, evaluated when the function is
// defined, after its defaults, as name/value pairs for BuildMap: CPython 3.11's order
// (compiler_visit_annotations), which puts the regular parameters before the positional-only
// ones. Returns the number of pairs pushed.
std::uint32_t Compiler::parameter_annotations(const Arguments& args, const Expr* returns) {
  std::uint32_t n = 0;
  auto pair = [&](const std::string& id, const Expr* value) {
    if (!value) return;
    load_const(vm_.intern(mangle(id)));
    annotation(*value);
    ++n;
  };
  for (auto& a : args.args) pair(a.name, a.annotation.get());
  for (auto& a : args.posonlyargs) pair(a.name, a.annotation.get());
  if (args.vararg) pair(args.vararg->name, args.vararg->annotation.get());
  for (auto& a : args.kwonlyargs) pair(a.name, a.annotation.get());
  if (args.kwarg) pair(args.kwarg->name, args.kwarg->annotation.get());
  pair("return", returns);
  return n;
}

// An annotation's value: the expression, or under `from __future__ import annotations` its
// source text (CPython stores ast.unparse's text, which this is for the usual annotations).
void Compiler::annotation(const Expr& e) {
  if (!future_annotations_) {
    expr(e);
    return;
  }
  std::string text;
  if (!unparse(e, text, false)) text = annotation_text(*source_, e.range);
  load_const(vm_.make_str(std::move(text)));
}

// ast.unparse's text for what annotations are made of: names, dotted names, subscripts,
// string and number constants, None, ..., tuples, lists and `|` unions. False for anything
// else, which then keeps its source text.
bool Compiler::unparse(const Expr& e, std::string& out, bool in_subscript) {
  switch (e.kind) {
    case ExprKind::Name:
      out += static_cast<const Name&>(e).id;
      return true;
    case ExprKind::Attribute: {
      auto& a = static_cast<const Attribute&>(e);
      ExprKind k = a.value->kind;
      if (k != ExprKind::Name && k != ExprKind::Attribute && k != ExprKind::Subscript) return false;
      if (!unparse(*a.value, out, false)) return false;
      out += '.';
      out += a.attr;
      return true;
    }
    case ExprKind::Subscript: {
      auto& s = static_cast<const Subscript&>(e);
      ExprKind k = s.value->kind;
      if (k != ExprKind::Name && k != ExprKind::Attribute && k != ExprKind::Subscript) return false;
      if (!unparse(*s.value, out, false)) return false;
      out += '[';
      if (!unparse(*s.slice, out, true)) return false;
      out += ']';
      return true;
    }
    case ExprKind::Tuple:
    case ExprKind::List: {
      const ExprList& elts = e.kind == ExprKind::Tuple ? static_cast<const Tuple&>(e).elts
                                                       : static_cast<const ast::List&>(e).elts;
      bool bare = e.kind == ExprKind::Tuple && in_subscript && !elts.empty();
      if (!bare) out += e.kind == ExprKind::Tuple ? '(' : '[';
      for (std::size_t i = 0; i < elts.size(); ++i) {
        if (i) out += ", ";
        if (elts[i]->kind == ExprKind::Starred) return false;
        if (!unparse(*elts[i], out, false)) return false;
      }
      if (e.kind == ExprKind::Tuple && elts.size() == 1) out += ',';
      if (!bare) out += e.kind == ExprKind::Tuple ? ')' : ']';
      return true;
    }
    case ExprKind::BinOp: {
      // `|` is left-associative: a union on its right is parenthesised, as ast.unparse does.
      auto& b = static_cast<const BinOp&>(e);
      if (b.op != Operator::BitOr) return false;
      for (const Expr* side : {b.left.get(), b.right.get()}) {
        bool nested = side->kind == ExprKind::BinOp;
        if (nested && static_cast<const BinOp&>(*side).op != Operator::BitOr) return false;
        bool parens = nested && side == b.right.get();
        if (side == b.right.get()) out += " | ";
        if (parens) out += '(';
        if (!unparse(*side, out, false)) return false;
        if (parens) out += ')';
      }
      return true;
    }
    case ExprKind::Constant: {
      auto& c = static_cast<const Constant&>(e);
      switch (c.value_kind) {
        case ConstantKind::None:
          out += "None";
          return true;
        case ConstantKind::True:
          out += "True";
          return true;
        case ConstantKind::False:
          out += "False";
          return true;
        case ConstantKind::Ellipsis:
          out += "...";
          return true;
        case ConstantKind::Str: {
          std::optional<std::string> r = vm_.repr_text(vm_.make_str(c.text));
          if (!r) return false;
          out += *r;
          return true;
        }
        case ConstantKind::Int:
        case ConstantKind::Float: {
          // In decimal (0x10 is 16) and as repr writes a float (1e3 is 1000.0).
          Value n = c.value_kind == ConstantKind::Int ? int_from_literal(vm_, c.text)
                                                      : vm_.make_float(c.number);
          if (!n) {
            vm_.take_exception();  // reported when compiled as an expression
            return false;
          }
          std::optional<std::string> r = vm_.repr_text(n);
          if (!r || *r == "inf") return false;  // ast.unparse writes 1e309
          out += *r;
          return true;
        }
        default:
          return false;
      }
    }
    default:
      return false;
  }
}

// Whether a module or class body holds an annotated assignment, outside nested functions and
// classes: it then starts with SetupAnnotations (CPython's find_ann).
bool Compiler::has_annotations(const StmtList& body) {
  for (auto& s : body) {
    switch (s->kind) {
      case StmtKind::AnnAssign:
        return true;
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto& f = static_cast<const For&>(*s);
        if (has_annotations(f.body) || has_annotations(f.orelse)) return true;
        break;
      }
      case StmtKind::While: {
        auto& w = static_cast<const While&>(*s);
        if (has_annotations(w.body) || has_annotations(w.orelse)) return true;
        break;
      }
      case StmtKind::If: {
        auto& i = static_cast<const If&>(*s);
        if (has_annotations(i.body) || has_annotations(i.orelse)) return true;
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith:
        if (has_annotations(static_cast<const With&>(*s).body)) return true;
        break;
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto& t = static_cast<const Try&>(*s);
        for (auto& h : t.handlers)
          if (has_annotations(h.body)) return true;
        if (has_annotations(t.body) || has_annotations(t.orelse) || has_annotations(t.finalbody))
          return true;
        break;
      }
      default:
        break;
    }
  }
  return false;
}

// `target: annotation [= value]`, as CPython 3.11's compiler_annassign: the assignment first;
// then, in a module or class body, a simple name's annotation is stored in __annotations__;
// other targets evaluate their object (and subscript) when there is no value, and their
// annotation in a module or class body. A function evaluates no annotation of its locals.
void Compiler::ann_assign(const AnnAssign& a) {
  if (a.value) {
    expr(*a.value);
    assign_target(*a.target);
  }
  ScopeKind kind = unit_->scope->kind;
  bool evaluated = kind == ScopeKind::Module || kind == ScopeKind::Class;
  switch (a.target->kind) {
    case ExprKind::Name:
      if (a.simple && evaluated) {
        annotation(*a.annotation);
        emit(Op::LoadName, name("__annotations__"));
        load_const(vm_.intern(mangle(static_cast<const Name&>(*a.target).id)));
        emit(Op::StoreSubscr);
      }
      break;
    case ExprKind::Attribute:
      if (!a.value) {
        expr(*static_cast<const Attribute&>(*a.target).value);
        emit(Op::PopTop);
      }
      break;
    case ExprKind::Subscript:
      if (!a.value) {
        auto& s = static_cast<const Subscript&>(*a.target);
        expr(*s.value);
        emit(Op::PopTop);
        ann_subscript_check(*s.slice);
      }
      break;
    default:
      break;
  }
  if (!a.simple && evaluated && !future_annotations_) {
    expr(*a.annotation);
    emit(Op::PopTop);
  }
}

void Compiler::ann_subscript_check(const Expr& slice) {
  switch (slice.kind) {
    case ExprKind::Slice: {
      auto& s = static_cast<const Slice&>(slice);
      for (const Expr* part : {s.lower.get(), s.upper.get(), s.step.get()}) {
        if (!part) continue;
        expr(*part);
        emit(Op::PopTop);
      }
      break;
    }
    case ExprKind::Tuple:
      for (auto& e : static_cast<const Tuple&>(slice).elts) ann_subscript_check(*e);
      break;
    default:
      expr(slice);
      emit(Op::PopTop);
      break;
  }
}

void Compiler::function_def(const FunctionDef& f) {
  for (auto& d : f.decorator_list) expr(*d);
  Scope* scope = table_.scopes.at(&f);
  std::uint32_t flags = 0;
  if (f.args.vararg) flags |= kVarArgs;
  if (f.args.kwarg) flags |= kVarKeywords;
  bool is_async = f.kind == StmtKind::AsyncFunctionDef;
  if (is_async && scope->is_generator) flags |= kAsyncGenerator;
  else if (is_async) flags |= kCoroutine;
  else if (scope->is_generator) flags |= kGenerator;
  std::string qualname = qualname_for(f.name);
  enter_unit(scope, f.name, qualname, flags, f.range);
  auto& code = *unit_->code;
  code.argcount = static_cast<std::uint32_t>(f.args.posonlyargs.size() + f.args.args.size());
  code.posonlyargcount = static_cast<std::uint32_t>(f.args.posonlyargs.size());
  code.kwonlyargcount = static_cast<std::uint32_t>(f.args.kwonlyargs.size());
  // A docstring is the first constant, as CPython's co_consts[0].
  if (!f.body.empty() && f.body[0]->kind == StmtKind::Expr) {
    auto& e = static_cast<const ExprStmt&>(*f.body[0]);
    if (e.value->kind == ExprKind::Constant &&
        static_cast<const Constant&>(*e.value).value_kind == ConstantKind::Str) {
      code.doc = vm_.make_str(static_cast<const Constant&>(*e.value).text);
    }
  }
  if (flags & (kGenerator | kCoroutine | kAsyncGenerator)) emit(Op::ReturnGenerator);
  stmts(f.body);
  unit_->position = Range{0, 0, 0, 0};
  if (!f.body.empty()) unit_->position = f.body.back()->range;
  load_none();
  emit(Op::ReturnValue);
  auto body = leave_unit();
  Position pos(*this, f.range);
  make_function(std::move(body), f.args, f.returns.get());
  for (std::size_t i = 0; i < f.decorator_list.size(); ++i) emit(Op::Call, 0);
  store_name(f.name);
}

void Compiler::lambda(const Lambda& l) {
  Scope* scope = table_.scopes.at(&l);
  std::uint32_t flags = 0;
  if (l.args.vararg) flags |= kVarArgs;
  if (l.args.kwarg) flags |= kVarKeywords;
  if (scope->is_generator) flags |= kGenerator;
  enter_unit(scope, "<lambda>", qualname_for("<lambda>"), flags, l.range);
  auto& code = *unit_->code;
  code.argcount = static_cast<std::uint32_t>(l.args.posonlyargs.size() + l.args.args.size());
  code.posonlyargcount = static_cast<std::uint32_t>(l.args.posonlyargs.size());
  code.kwonlyargcount = static_cast<std::uint32_t>(l.args.kwonlyargs.size());
  if (flags & kGenerator) emit(Op::ReturnGenerator);
  expr(*l.body);
  emit(Op::ReturnValue);
  auto body = leave_unit();
  make_function(std::move(body), l.args);
}

void Compiler::class_def(const ClassDef& c) {
  for (auto& d : c.decorator_list) expr(*d);
  Scope* scope = table_.scopes.at(&c);
  std::string qualname = qualname_for(c.name);
  enter_unit(scope, c.name, qualname, kClassBody, c.range);
  load_name("__name__");
  store_name("__module__");
  load_const(vm_.make_str(qualname));
  store_name("__qualname__");
  if (has_annotations(c.body)) emit(Op::SetupAnnotations, name("__annotations__"));
  if (!c.body.empty() && c.body[0]->kind == StmtKind::Expr) {
    auto& e = static_cast<const ExprStmt&>(*c.body[0]);
    if (e.value->kind == ExprKind::Constant &&
        static_cast<const Constant&>(*e.value).value_kind == ConstantKind::Str) {
      expr(*e.value);
      store_name("__doc__");
    }
  }
  stmts(c.body);
  unit_->position = Range{0, 0, 0, 0};
  if (scope->needs_class_cell) {
    emit(Op::LoadClosure, cell_index("__class__"));
    emit(Op::StoreName, name("__classcell__"));
  }
  load_none();
  emit(Op::ReturnValue);
  auto body = leave_unit();
  Position pos(*this, c.range);
  // Call expects [null, callable, args...].
  emit(Op::PushNull);
  emit(Op::LoadBuildClass);
  Arguments no_args;
  make_function(std::move(body), no_args);
  load_const(vm_.make_str(c.name));
  call_helper(c.bases, c.keywords, 2);
  for (std::size_t i = 0; i < c.decorator_list.size(); ++i) emit(Op::Call, 0);
  store_name(c.name);
}

void Compiler::assign_target(const Expr& target) {
  Position pos(*this, target.range);
  switch (target.kind) {
    case ExprKind::Name:
      store_name(static_cast<const Name&>(target).id);
      break;
    case ExprKind::Attribute: {
      auto& a = static_cast<const Attribute&>(target);
      expr(*a.value);
      emit(Op::StoreAttr, mangled_name(a.attr));
      break;
    }
    case ExprKind::Subscript: {
      auto& s = static_cast<const Subscript&>(target);
      expr(*s.value);
      subscript_slice(*s.slice);
      emit(Op::StoreSubscr);
      break;
    }
    case ExprKind::Tuple:
      unpack_targets(static_cast<const Tuple&>(target).elts, target.range);
      break;
    case ExprKind::List:
      unpack_targets(static_cast<const ast::List&>(target).elts, target.range);
      break;
    case ExprKind::Starred:
      fail("starred assignment target must be in a list or tuple", target.range);
      break;
    default:
      fail("cannot assign to expression", target.range);
      break;
  }
}

void Compiler::unpack_targets(const ExprList& elts, const Range& range) {
  std::size_t star = elts.size();
  for (std::size_t i = 0; i < elts.size(); ++i) {
    if (elts[i]->kind == ExprKind::Starred) {
      if (star != elts.size()) {
        fail("multiple starred expressions in assignment", range);
        return;
      }
      star = i;
    }
  }
  if (star == elts.size()) {
    emit(Op::UnpackSequence, static_cast<std::uint32_t>(elts.size()));
  } else {
    std::uint32_t before = static_cast<std::uint32_t>(star);
    std::uint32_t after = static_cast<std::uint32_t>(elts.size() - star - 1);
    emit(Op::UnpackEx, before | (after << 8));
  }
  for (auto& e : elts) {
    if (e->kind == ExprKind::Starred) {
      assign_target(*static_cast<const Starred&>(*e).value);
    } else {
      assign_target(*e);
    }
  }
}

void Compiler::aug_assign(const AugAssign& a) {
  std::uint32_t op = static_cast<std::uint32_t>(a.op) + kInplaceOffset;
  switch (a.target->kind) {
    case ExprKind::Name: {
      auto& n = static_cast<const Name&>(*a.target);
      {
        Position pos(*this, n.range);  // an unbound name is the target's error, not the line's
        load_name(n.id);
      }
      expr(*a.value);
      emit(Op::BinaryOp, op);
      store_name(n.id);
      break;
    }
    case ExprKind::Attribute: {
      auto& t = static_cast<const Attribute&>(*a.target);
      expr(*t.value);
      emit(Op::Copy, 1);
      {
        Position pos(*this, t.range);
        emit(Op::LoadAttr, mangled_name(t.attr));
      }
      expr(*a.value);
      emit(Op::BinaryOp, op);
      emit(Op::Swap, 2);
      emit(Op::StoreAttr, mangled_name(t.attr));
      break;
    }
    case ExprKind::Subscript: {
      auto& t = static_cast<const Subscript&>(*a.target);
      expr(*t.value);
      subscript_slice(*t.slice);
      emit(Op::Copy, 2);
      emit(Op::Copy, 2);
      {
        Position pos(*this, t.range);
        emit(Op::BinarySubscr);
      }
      expr(*a.value);
      emit(Op::BinaryOp, op);
      emit(Op::Swap, 3);
      emit(Op::Swap, 2);
      emit(Op::StoreSubscr);
      break;
    }
    default:
      fail("'" + std::string("expression") + "' is an illegal expression for augmented assignment",
           a.target->range);
  }
}

void Compiler::for_stmt(const For& f) {
  bool is_async = f.kind == StmtKind::AsyncFor;
  if (is_async && !in_async_function()) return fail("'async for' outside async function", f.range);
  expr(*f.iter);
  std::vector<std::uint32_t> breaks;
  if (is_async) {
    emit(Op::GetAIter);
    std::uint32_t top = here();
    std::uint32_t setup = emit(Op::SetupFinally);
    emit(Op::GetANext);
    await_value();
    emit(Op::PopBlock);
    unit_->fblocks.push_back({BlockKind::AsyncForLoop, top, &breaks});
    assign_target(*f.target);
    stmts(f.body);
    unit_->fblocks.pop_back();
    emit(Op::Jump, top);
    patch_here(setup);
    // [aiter, exc]: StopAsyncIteration ends the loop, anything else propagates.
    emit(Op::EndAsyncFor);
    stmts(f.orelse);
  } else {
    emit(Op::GetIter);
    std::uint32_t top = here();
    std::uint32_t for_iter = emit(Op::ForIter);
    unit_->fblocks.push_back({BlockKind::ForLoop, top, &breaks});
    assign_target(*f.target);
    stmts(f.body);
    unit_->fblocks.pop_back();
    emit(Op::Jump, top);
    patch_here(for_iter);
    stmts(f.orelse);
  }
  for (auto j : breaks) patch_here(j);
}

void Compiler::while_stmt(const While& w) {
  std::uint32_t top = here();
  std::vector<std::uint32_t> exits;
  jump_if(*w.test, false, exits);
  std::vector<std::uint32_t> breaks;
  unit_->fblocks.push_back({BlockKind::WhileLoop, top, &breaks});
  stmts(w.body);
  unit_->fblocks.pop_back();
  emit(Op::Jump, top);
  for (auto j : exits) patch_here(j);
  stmts(w.orelse);
  for (auto j : breaks) patch_here(j);
}

void Compiler::if_stmt(const If& i) {
  std::vector<std::uint32_t> to_else;
  jump_if(*i.test, false, to_else);
  stmts(i.body);
  if (!i.orelse.empty()) {
    std::uint32_t to_end = emit(Op::Jump);
    for (auto j : to_else) patch_here(j);
    stmts(i.orelse);
    patch_here(to_end);
  } else {
    for (auto j : to_else) patch_here(j);
  }
}

// Conditional jumps without building bools for `and`/`or`/`not`.
void Compiler::jump_if(const Expr& e, bool jump_when, std::vector<std::uint32_t>& jumps) {
  if (e.kind == ExprKind::UnaryOp && static_cast<const UnaryOp&>(e).op == UnaryOperator::Not) {
    jump_if(*static_cast<const UnaryOp&>(e).operand, !jump_when, jumps);
    return;
  }
  if (e.kind == ExprKind::BoolOp) {
    auto& b = static_cast<const BoolOp&>(e);
    bool is_and = b.op == BoolOperator::And;
    if (is_and != jump_when) {
      // `a and b` jumping when false (or `a or b` when true): each operand can jump away.
      for (auto& v : b.values) jump_if(*v, jump_when, jumps);
    } else {
      std::vector<std::uint32_t> skip;
      for (std::size_t k = 0; k + 1 < b.values.size(); ++k) jump_if(*b.values[k], !jump_when, skip);
      jump_if(*b.values.back(), jump_when, jumps);
      for (auto j : skip) patch_here(j);
    }
    return;
  }
  expr(e);
  Position pos(*this, e.range);
  jumps.push_back(emit(jump_when ? Op::PopJumpIfTrue : Op::PopJumpIfFalse));
}

void Compiler::with_stmt(const With& w, std::size_t index) {
  bool is_async = w.kind == StmtKind::AsyncWith;
  if (is_async && index == 0 && !in_async_function())
    return fail("'async with' outside async function", w.range);
  const WithItem& item = w.items[index];
  expr(*item.context_expr);
  // Entering has the whole statement's position, as in CPython 3.11: a failing __enter__ shows
  // no carets.
  if (is_async) {
    emit(Op::BeforeAsyncWith);
    emit(Op::GetAwaitable, 1);
    await_value();
  } else {
    emit(Op::BeforeWith);
  }
  std::uint32_t setup = emit(Op::SetupWith);
  unit_->fblocks.push_back({is_async ? BlockKind::AsyncWith : BlockKind::With});
  if (item.optional_vars) {
    assign_target(*item.optional_vars);
  } else {
    emit(Op::PopTop);
  }
  if (index + 1 < w.items.size()) {
    with_stmt(w, index + 1);
  } else {
    stmts(w.body);
  }
  unit_->fblocks.pop_back();
  Position pos(*this, w.range);
  emit(Op::PopBlock);
  // Normal exit: exit(None, None, None), called as [exit, None] + 2 arguments.
  load_none();
  load_none();
  load_none();
  emit(Op::Call, 2);
  if (is_async) {
    emit(Op::GetAwaitable, 2);
    await_value();
  }
  emit(Op::PopTop);
  std::uint32_t to_end = emit(Op::Jump);
  // Exceptional exit: [exit, exc].
  patch_here(setup);
  emit(Op::PushExcInfo);  // [exit, prev, exc]
  std::uint32_t cleanup = emit(Op::SetupFinally);
  emit(Op::WithExceptStart);  // [exit, prev, exc, result]
  if (is_async) {
    emit(Op::GetAwaitable, 2);
    await_value();
  }
  std::uint32_t suppress = emit(Op::PopJumpIfTrue);
  emit(Op::Reraise, 1);  // re-raise exc (adds no traceback line)
  patch_here(suppress);
  emit(Op::PopBlock);
  emit(Op::PopTop);     // [exit, prev]
  emit(Op::PopExcept);  // [exit]
  emit(Op::PopTop);
  std::uint32_t to_end2 = emit(Op::Jump);
  patch_here(cleanup);  // [exit, prev, exc, new]
  emit(Op::Swap, 3);    // [exit, new, exc, prev]
  emit(Op::PopExcept);  // [exit, new, exc]
  emit(Op::PopTop);     // [exit, new]
  emit(Op::Swap, 2);
  emit(Op::PopTop);
  emit(Op::Reraise, 1);
  patch_here(to_end);
  patch_here(to_end2);
}

void Compiler::try_stmt(const Try& t) {
  if (!t.finalbody.empty()) {
    try_finally(t);
  } else {
    try_except(t);
  }
}

void Compiler::try_finally(const Try& t) {
  std::uint32_t setup = emit(Op::SetupFinally);
  unit_->fblocks.push_back({BlockKind::FinallyTry, 0, nullptr, &t.finalbody});
  if (!t.handlers.empty()) {
    try_except(t);
  } else {
    stmts(t.body);
  }
  unit_->fblocks.pop_back();
  emit(Op::PopBlock);
  stmts(t.finalbody);
  std::uint32_t to_end = emit(Op::Jump);
  patch_here(setup);  // [exc]
  unit_->position = Range{0, 0, 0, 0};
  emit(Op::PushExcInfo);  // [prev, exc]
  std::uint32_t cleanup = emit(Op::SetupFinally);
  unit_->fblocks.push_back({BlockKind::FinallyEnd});
  stmts(t.finalbody);
  unit_->fblocks.pop_back();
  emit(Op::PopBlock);
  emit(Op::Swap, 2);    // [exc, prev]
  emit(Op::PopExcept);  // [exc]
  emit(Op::Reraise, 1);
  patch_here(cleanup);  // [prev, exc, new]
  emit(Op::Swap, 3);
  emit(Op::PopExcept);
  emit(Op::PopTop);
  emit(Op::Reraise, 1);
  patch_here(to_end);
}

void Compiler::try_except(const Try& t) {
  std::uint32_t setup = emit(Op::SetupFinally);
  unit_->fblocks.push_back({BlockKind::TryExcept});
  stmts(t.body);
  unit_->fblocks.pop_back();
  emit(Op::PopBlock);
  stmts(t.orelse);
  std::vector<std::uint32_t> to_end{emit(Op::Jump)};
  patch_here(setup);  // [exc]
  emit(Op::PushExcInfo);  // [prev, exc]
  std::uint32_t cleanup = emit(Op::SetupFinally);
  for (std::size_t i = 0; i < t.handlers.size() && !error; ++i) {
    const ExceptHandler& h = t.handlers[i];
    Position pos(*this, h.range);
    if (!h.type && i + 1 < t.handlers.size()) fail("default 'except:' must be last", h.range);
    std::uint32_t next = 0;
    if (h.type) {
      expr(*h.type);
      emit(Op::CheckExcMatch);
      next = emit(Op::PopJumpIfFalse);
    }
    if (!h.name.empty()) {
      emit(Op::Copy, 1);
      store_name(h.name);
      // `except E as e:` deletes e afterwards, also when the handler raises.
      std::uint32_t name_cleanup = emit(Op::SetupFinally);
      unit_->fblocks.push_back({BlockKind::HandlerCleanup, 0, nullptr, nullptr, &h});
      stmts(h.body);
      unit_->fblocks.pop_back();
      {
        // CPython gives the cleanup the body's last position: what `del e` frees (a warning
        // of a coroutine the error kept) is reported at the handler's last line.
        Position last(*this, h.body.empty() ? h.range : h.body.back()->range);
        emit(Op::PopBlock);
        emit(Op::PopBlock);
        emit(Op::PopTop);     // [prev]
        emit(Op::PopExcept);  // []
        load_none();
        store_name(h.name);
        delete_name(h.name);
        to_end.push_back(emit(Op::Jump));
      }
      patch_here(name_cleanup);  // [prev, exc, new]
      load_none();
      store_name(h.name);
      delete_name(h.name);
      emit(Op::Reraise, 1);
    } else {
      unit_->fblocks.push_back({BlockKind::HandlerCleanup});
      stmts(h.body);
      unit_->fblocks.pop_back();
      emit(Op::PopBlock);
      emit(Op::PopTop);
      emit(Op::PopExcept);
      to_end.push_back(emit(Op::Jump));
    }
    if (h.type) patch_here(next);
  }
  unit_->position = Range{0, 0, 0, 0};
  emit(Op::Reraise, 1);  // no handler matched: [prev, exc] -> raise exc, cleanup restores prev
  patch_here(cleanup);   // [prev, exc, new]
  emit(Op::Swap, 3);
  emit(Op::PopExcept);
  emit(Op::PopTop);
  emit(Op::Reraise, 1);
  for (auto j : to_end) patch_here(j);
}

// except*: each handler takes the matching part of the group; what no handler took, and what
// the handlers raised, is re-raised together at the end.
void Compiler::try_star(const Try& t) {
  std::uint32_t setup = emit(Op::SetupFinally);
  unit_->fblocks.push_back({BlockKind::TryExcept});
  stmts(t.body);
  unit_->fblocks.pop_back();
  emit(Op::PopBlock);
  stmts(t.orelse);
  std::uint32_t to_end = emit(Op::Jump);
  patch_here(setup);      // [exc]
  emit(Op::PushExcInfo);  // [prev, exc]
  std::uint32_t cleanup = emit(Op::SetupFinally);
  emit(Op::Copy, 1);      // [prev, orig, rest]  (rest starts as the whole group)
  emit(Op::BuildList, 0);  // [prev, orig, rest, raised]
  emit(Op::Swap, 2);       // [prev, orig, raised, rest]
  for (auto& h : t.handlers) {
    Position pos(*this, h.range);
    if (!h.type) {
      fail("expected one or more exception types", h.range);
      return;
    }
    expr(*h.type);
    emit(Op::CheckEgMatch);  // [.., raised, rest, match]  (match None: no match)
    emit(Op::Copy, 1);
    load_none();
    emit(Op::IsOp, 0);
    std::uint32_t no_match = emit(Op::PopJumpIfTrue);
    if (!h.name.empty()) {
      store_name(h.name);
    } else {
      emit(Op::PopTop);
    }
    // Run the handler; an exception it raises is appended to `raised`.
    std::uint32_t handler_setup = emit(Op::SetupFinally);
    unit_->fblocks.push_back({BlockKind::HandlerCleanup, 0, nullptr, nullptr, nullptr, true});
    stmts(h.body);
    unit_->fblocks.pop_back();
    emit(Op::PopBlock);
    std::uint32_t after = emit(Op::Jump);
    patch_here(handler_setup);  // [.., raised, rest, new]
    emit(Op::Copy, 3);          // [.., raised, rest, new, raised]
    emit(Op::Swap, 2);          // [.., raised, rest, raised, new]
    emit(Op::ListAppend, 1);    // [.., raised, rest, raised]
    emit(Op::PopTop);
    patch_here(after);
    if (!h.name.empty()) {
      load_none();
      store_name(h.name);
      delete_name(h.name);
    }
    std::uint32_t skip = emit(Op::Jump);
    patch_here(no_match);
    emit(Op::PopTop);  // the None match
    patch_here(skip);
  }
  // [prev, orig, raised, rest] -> the exception to re-raise (or None).
  emit(Op::PrepReraiseStar);  // [prev, orig, result]
  emit(Op::Copy, 1);
  load_none();
  emit(Op::IsOp, 0);
  std::uint32_t nothing_left = emit(Op::PopJumpIfTrue);
  emit(Op::Swap, 2);
  emit(Op::PopTop);      // [prev, result]
  emit(Op::Reraise, 1);  // cleanup restores prev
  patch_here(nothing_left);
  emit(Op::PopTop);
  emit(Op::PopTop);      // [prev]
  emit(Op::PopBlock);
  emit(Op::PopExcept);
  std::uint32_t done = emit(Op::Jump);
  patch_here(cleanup);  // [prev, x..., new] — the handler block level is [prev, exc]
  emit(Op::Swap, 3);
  emit(Op::PopExcept);
  emit(Op::PopTop);
  emit(Op::Reraise, 1);
  patch_here(to_end);
  patch_here(done);
}

void Compiler::raise_stmt(const Raise& r) {
  std::uint32_t n = 0;
  if (r.exc) {
    expr(*r.exc);
    n = 1;
    if (r.cause) {
      expr(*r.cause);
      n = 2;
    }
  }
  emit(Op::Raise, n);
}

void Compiler::unwind_fblock(const FBlock& block, bool preserve_top) {
  switch (block.kind) {
    case BlockKind::WhileLoop:
    case BlockKind::TryExcept:
    case BlockKind::FinallyEnd:
      if (block.kind == BlockKind::TryExcept) emit(Op::PopBlock);
      if (block.kind == BlockKind::FinallyEnd) {
        // Leaving a finally body that runs for an exception: drop it and restore the handled one.
        emit(Op::PopBlock);
        if (preserve_top) emit(Op::Swap, 2);  // [prev, value, exc]
        emit(Op::PopTop);
        if (preserve_top) emit(Op::Swap, 2);  // [value, prev]
        emit(Op::PopExcept);
      }
      return;
    case BlockKind::ForLoop:
      if (preserve_top) emit(Op::Swap, 2);
      emit(Op::PopTop);
      return;
    case BlockKind::AsyncForLoop:
      if (preserve_top) emit(Op::Swap, 2);
      emit(Op::PopTop);
      return;
    case BlockKind::FinallyTry: {
      emit(Op::PopBlock);
      // Run the finally body with the fblock removed (a return inside it must not re-run it).
      const StmtList* finalbody = block.finalbody;
      auto saved = unit_->fblocks;
      std::size_t at = 0;
      for (std::size_t i = 0; i < unit_->fblocks.size(); ++i)
        if (&unit_->fblocks[i] == &block) at = i;
      unit_->fblocks.resize(at);
      if (preserve_top) unit_->fblocks.push_back({BlockKind::PopValue});
      stmts(*finalbody);
      unit_->fblocks = saved;
      return;
    }
    case BlockKind::With:
    case BlockKind::AsyncWith:
      emit(Op::PopBlock);
      if (preserve_top) emit(Op::Swap, 2);  // [value, exit]
      load_none();
      load_none();
      load_none();
      emit(Op::Call, 2);
      if (block.kind == BlockKind::AsyncWith) {
        emit(Op::GetAwaitable, 2);
        await_value();
      }
      emit(Op::PopTop);
      return;
    case BlockKind::HandlerCleanup:
      if (block.handler) emit(Op::PopBlock);
      emit(Op::PopBlock);
      if (preserve_top) {
        emit(Op::Swap, 2);  // [prev, value, exc]
        emit(Op::PopTop);
        emit(Op::Swap, 2);  // [value, prev]
        emit(Op::PopExcept);
      } else {
        emit(Op::PopTop);
        emit(Op::PopExcept);
      }
      if (block.handler) {
        load_none();
        store_name(block.handler->name);
        delete_name(block.handler->name);
      }
      return;
    case BlockKind::PopValue:
      if (preserve_top) emit(Op::Swap, 2);
      emit(Op::PopTop);
      return;
  }
}

constexpr const char* kExceptStarExit =
    "'break', 'continue' and 'return' cannot appear in an except* block";

void Compiler::return_stmt(const Return& r) {
  Scope* scope = unit_->scope;
  if (scope->kind != ScopeKind::Function) {
    fail("'return' outside function", r.range);
    return;
  }
  if (r.value && (unit_->code->flags & kAsyncGenerator)) {
    fail("'return' with value in async generator", r.range);
    return;
  }
  for (const FBlock& block : unit_->fblocks) {
    if (block.except_star) {
      fail(kExceptStarExit, r.range);
      return;
    }
  }
  if (r.value) {
    expr(*r.value);
  } else {
    load_none();
  }
  auto blocks = unit_->fblocks;
  for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) {
    // unwind_fblock may look the block up by address: point into the live vector.
    std::size_t index = static_cast<std::size_t>(blocks.rend() - it - 1);
    unwind_fblock(unit_->fblocks[index], true);
  }
  emit(Op::ReturnValue);
}

bool Compiler::unwind_stack_for_loop(bool for_break, const Stmt& s) {
  auto& blocks = unit_->fblocks;
  std::size_t loop = blocks.size();
  for (std::size_t i = blocks.size(); i-- > 0;) {
    auto k = blocks[i].kind;
    if (k == BlockKind::WhileLoop || k == BlockKind::ForLoop || k == BlockKind::AsyncForLoop) {
      loop = i;
      break;
    }
  }
  if (loop == blocks.size()) {
    fail(for_break ? "'break' outside loop" : "'continue' not properly in loop", s.range);
    return false;
  }
  for (std::size_t i = loop + 1; i < blocks.size(); ++i) {
    if (blocks[i].except_star) {
      fail(kExceptStarExit, s.range);
      return false;
    }
  }
  for (std::size_t i = blocks.size(); i-- > loop + 1;) unwind_fblock(blocks[i], false);
  FBlock& target = blocks[loop];
  if (for_break) {
    unwind_fblock(target, false);
    target.break_jumps->push_back(emit(Op::Jump));
  } else {
    emit(Op::Jump, target.continue_target);
  }
  return true;
}

void Compiler::break_stmt(const Stmt& s) { unwind_stack_for_loop(true, s); }
void Compiler::continue_stmt(const Stmt& s) { unwind_stack_for_loop(false, s); }

void Compiler::import_stmt(const Import& i) {
  // Every instruction has the statement's position, as in CPython 3.11 (no carets under a
  // module name that is not found).
  for (auto& alias : i.names) {
    load_const(Value::small(0));
    load_none();
    emit(Op::ImportName, mangled_name(alias.name));
    if (!alias.asname.empty()) {
      // `import a.b as c` binds the submodule.
      std::size_t dot = alias.name.find('.');
      while (dot != std::string::npos) {
        std::size_t next = alias.name.find('.', dot + 1);
        emit(Op::ImportFrom, name(alias.name.substr(dot + 1, next - dot - 1)));
        emit(Op::Swap, 2);
        emit(Op::PopTop);
        dot = next;
      }
      store_name(alias.asname);
    } else {
      store_name(alias.name.substr(0, alias.name.find('.')));
    }
  }
}

void Compiler::import_from(const ImportFrom& i) {
  if (is_future_import(i)) {
    // CPython's future.c: checked at compile time, then imported as any module.
    if (std::find(future_imports_.begin(), future_imports_.end(), &i) == future_imports_.end())
      return fail("from __future__ imports must occur at the beginning of the file", i.range);
    static constexpr std::string_view kFeatures[] = {
        "nested_scopes",  "generators",       "division",       "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop",  "annotations"};
    for (auto& alias : i.names) {
      // CPython points at the statement's first column only.
      Range first{i.range.line, i.range.column, i.range.line, i.range.column + 1};
      if (alias.name == "braces") return fail("not a chance", first);
      if (std::find(std::begin(kFeatures), std::end(kFeatures), alias.name) == std::end(kFeatures))
        return fail("future feature " + alias.name + " is not defined", first);
    }
  }
  load_const(Value::small(i.level));
  std::vector<Value> names;
  for (auto& alias : i.names) names.push_back(vm_.make_str(alias.name));
  load_const(vm_.make_tuple(std::move(names)));
  emit(Op::ImportName, mangled_name(i.module));
  if (i.names.size() == 1 && i.names[0].name == "*") {
    emit(Op::ImportStar);
    return;
  }
  for (auto& alias : i.names) {
    emit(Op::ImportFrom, mangled_name(alias.name));
    store_name(alias.asname.empty() ? alias.name : alias.asname);
  }
  emit(Op::PopTop);
}

// The comparison whose position CPython 3.11's compiler leaves behind after compiling a jump on
// `test` (its compiler_jump_if sets a comparison's position and keeps it), or null.
const Expr* last_comparison(const Expr& test) {
  switch (test.kind) {
    case ExprKind::Compare:
      return &test;
    case ExprKind::UnaryOp: {
      auto& u = static_cast<const UnaryOp&>(test);
      return u.op == UnaryOperator::Not ? last_comparison(*u.operand) : nullptr;
    }
    case ExprKind::BoolOp: {
      auto& values = static_cast<const BoolOp&>(test).values;
      for (auto v = values.rbegin(); v != values.rend(); ++v)
        if (const Expr* found = last_comparison(**v)) return found;
      return nullptr;
    }
    case ExprKind::IfExp: {
      auto& i = static_cast<const IfExp&>(test);
      for (const Expr* part : {i.orelse.get(), i.body.get(), i.test.get()})
        if (const Expr* found = last_comparison(*part)) return found;
      return nullptr;
    }
    default:
      return nullptr;
  }
}

void Compiler::assert_stmt(const Assert& a) {
  if (a.test->kind == ExprKind::Tuple && !static_cast<const Tuple&>(*a.test).elts.empty())
    warn("assertion is always true, perhaps remove parentheses?");
  std::vector<std::uint32_t> ok;
  jump_if(*a.test, true, ok);
  // The error is raised at that comparison (carets under `x > 0`), else at the statement.
  const Expr* comparison = last_comparison(*a.test);
  Position pos(*this, comparison ? comparison->range : unit_->position);
  emit(Op::LoadAssertionError);
  if (a.msg) {
    emit(Op::PushNull);
    emit(Op::Swap, 2);
    expr(*a.msg);
    emit(Op::Call, 1);
  }
  emit(Op::Raise, 1);
  for (auto j : ok) patch_here(j);
}

void Compiler::delete_target(const Expr& e) {
  Position pos(*this, e.range);
  switch (e.kind) {
    case ExprKind::Name:
      delete_name(static_cast<const Name&>(e).id);
      break;
    case ExprKind::Attribute: {
      auto& a = static_cast<const Attribute&>(e);
      expr(*a.value);
      emit(Op::DeleteAttr, mangled_name(a.attr));
      break;
    }
    case ExprKind::Subscript: {
      auto& s = static_cast<const Subscript&>(e);
      expr(*s.value);
      subscript_slice(*s.slice);
      emit(Op::DeleteSubscr);
      break;
    }
    case ExprKind::Tuple:
      for (auto& x : static_cast<const Tuple&>(e).elts) delete_target(*x);
      break;
    case ExprKind::List:
      for (auto& x : static_cast<const ast::List&>(e).elts) delete_target(*x);
      break;
    default:
      fail("cannot delete expression", e.range);
  }
}

// ---------------------------------------------------------------------------------------------
// Expressions

void Compiler::expr(const Expr& e) {
  if (error) return;
  Position pos(*this, e.range);
  switch (e.kind) {
    case ExprKind::BoolOp:
      bool_op(static_cast<const BoolOp&>(e));
      break;
    case ExprKind::NamedExpr: {
      auto& n = static_cast<const NamedExpr&>(e);
      expr(*n.value);
      emit(Op::Copy, 1);
      store_name(static_cast<const Name&>(*n.target).id);
      break;
    }
    case ExprKind::BinOp: {
      auto& b = static_cast<const BinOp&>(e);
      expr(*b.left);
      expr(*b.right);
      emit(Op::BinaryOp, static_cast<std::uint32_t>(b.op));
      break;
    }
    case ExprKind::UnaryOp: {
      auto& u = static_cast<const UnaryOp&>(e);
      expr(*u.operand);
      int op = kNot;
      switch (u.op) {
        case UnaryOperator::Invert: op = kInvert; break;
        case UnaryOperator::Not: op = kNot; break;
        case UnaryOperator::UAdd: op = kPos; break;
        case UnaryOperator::USub: op = kNeg; break;
      }
      emit(Op::UnaryOp, static_cast<std::uint32_t>(op));
      break;
    }
    case ExprKind::Lambda:
      lambda(static_cast<const Lambda&>(e));
      break;
    case ExprKind::IfExp: {
      auto& i = static_cast<const IfExp&>(e);
      std::vector<std::uint32_t> to_else;
      jump_if(*i.test, false, to_else);
      expr(*i.body);
      std::uint32_t to_end = emit(Op::Jump);
      for (auto j : to_else) patch_here(j);
      expr(*i.orelse);
      patch_here(to_end);
      break;
    }
    case ExprKind::Dict:
      dict_display(static_cast<const ast::Dict&>(e));
      break;
    case ExprKind::Set:
      set_display(static_cast<const ast::Set&>(e).elts);
      break;
    case ExprKind::ListComp: {
      auto& c = static_cast<const ListComp&>(e);
      comprehension(e, c.generators, c.elt.get(), nullptr, 0);
      break;
    }
    case ExprKind::SetComp: {
      auto& c = static_cast<const SetComp&>(e);
      comprehension(e, c.generators, c.elt.get(), nullptr, 1);
      break;
    }
    case ExprKind::DictComp: {
      auto& c = static_cast<const DictComp&>(e);
      comprehension(e, c.generators, c.key.get(), c.value.get(), 2);
      break;
    }
    case ExprKind::GeneratorExp: {
      auto& c = static_cast<const GeneratorExp&>(e);
      comprehension(e, c.generators, c.elt.get(), nullptr, 3);
      break;
    }
    case ExprKind::Await: {
      Scope* s = unit_->scope;
      bool allowed =
          in_async_function() || (s->kind == ScopeKind::Comprehension && s->is_coroutine);
      if (!allowed) {
        fail(s->kind == ScopeKind::Function ? "'await' outside async function"
                                            : "'await' outside function",
             e.range);
        return;
      }
      expr(*static_cast<const Await&>(e).value);
      emit(Op::GetAwaitable, 0);
      await_value();
      break;
    }
    case ExprKind::Yield: {
      auto& y = static_cast<const Yield&>(e);
      if (unit_->scope->kind != ScopeKind::Function &&
          unit_->scope->kind != ScopeKind::Comprehension) {
        fail("'yield' outside function", e.range);
        return;
      }
      if (y.value) {
        expr(*y.value);
      } else {
        load_none();
      }
      emit(Op::YieldValue);
      break;
    }
    case ExprKind::YieldFrom: {
      if (unit_->scope->kind != ScopeKind::Function) {
        fail("'yield' outside function", e.range);
        return;
      }
      if (unit_->code->flags & kAsyncGenerator) {
        fail("'yield from' inside async function", e.range);
        return;
      }
      expr(*static_cast<const YieldFrom&>(e).value);
      emit(Op::GetYieldFromIter);
      yield_from_value();
      break;
    }
    case ExprKind::Compare:
      compare(static_cast<const Compare&>(e));
      break;
    case ExprKind::Call:
      call(static_cast<const Call&>(e));
      break;
    case ExprKind::FormattedValue:
      formatted_value(static_cast<const FormattedValue&>(e));
      break;
    case ExprKind::JoinedStr:
      joined_str(static_cast<const JoinedStr&>(e));
      break;
    case ExprKind::Constant:
      constant_expr(static_cast<const Constant&>(e));
      break;
    case ExprKind::Attribute: {
      auto& a = static_cast<const Attribute&>(e);
      expr(*a.value);
      emit(Op::LoadAttr, mangled_name(a.attr));
      break;
    }
    case ExprKind::Subscript: {
      auto& s = static_cast<const Subscript&>(e);
      check_subscript(s);
      expr(*s.value);
      subscript_slice(*s.slice);
      emit(Op::BinarySubscr);
      break;
    }
    case ExprKind::Starred:
      fail("can't use starred expression here", e.range);
      break;
    case ExprKind::Name:
      load_name(static_cast<const Name&>(e).id);
      break;
    case ExprKind::List:
      starred_collection(static_cast<const ast::List&>(e).elts, Op::BuildList, Op::ListExtend,
                         false);
      break;
    case ExprKind::Tuple:
      starred_collection(static_cast<const Tuple&>(e).elts, Op::BuildTuple, Op::ListExtend, true);
      break;
    case ExprKind::Slice: {
      auto& s = static_cast<const Slice&>(e);
      if (s.lower) expr(*s.lower); else load_none();
      if (s.upper) expr(*s.upper); else load_none();
      if (s.step) {
        expr(*s.step);
        emit(Op::BuildSlice, 3);
      } else {
        emit(Op::BuildSlice, 2);
      }
      break;
    }
  }
}

void Compiler::subscript_slice(const Expr& slice) { expr(slice); }

void Compiler::await_value() {
  emit(Op::Await);
}

void Compiler::yield_from_value() {
  load_none();
  emit(Op::YieldFrom);
}

void Compiler::constant_expr(const Constant& c) {
  switch (c.value_kind) {
    case ConstantKind::None: load_none(); break;
    case ConstantKind::True: load_const(vm_.true_value()); break;
    case ConstantKind::False: load_const(vm_.false_value()); break;
    case ConstantKind::Ellipsis: load_const(vm_.ellipsis()); break;
    case ConstantKind::Int: {
      Value n = int_from_literal(vm_, c.text);
      if (!n) {
        // Beyond sys.get_int_max_str_digits(): the SyntaxError's message, at the literal.
        Value exc = vm_.take_exception();
        fail(vm_.str_text_of(exc).value_or("invalid decimal literal"), c.range);
        break;
      }
      load_const(std::move(n));
      break;
    }
    case ConstantKind::Float:
      load_const(vm_.make_float(c.number));
      break;
    case ConstantKind::Complex:
      load_const(make_complex(vm_, 0.0, c.number));
      break;
    case ConstantKind::Str: emit(Op::LoadConst, str_constant(c.text)); break;
    case ConstantKind::Bytes: load_const(vm_.make_bytes(c.text)); break;
  }
}

void Compiler::bool_op(const BoolOp& b) {
  std::vector<std::uint32_t> ends;
  Op jump = b.op == BoolOperator::And ? Op::JumpIfFalseOrPop : Op::JumpIfTrueOrPop;
  for (std::size_t i = 0; i < b.values.size(); ++i) {
    expr(*b.values[i]);
    if (i + 1 < b.values.size()) ends.push_back(emit(jump));
  }
  for (auto j : ends) patch_here(j);
}

// ---- CPython 3.11's compile-time SyntaxWarnings (compile.c's check_compare, check_caller,
// check_subscripter, check_index) -----------------------------------------------------------

// The type CPython's compiler infers for a literal or a display (infer_type, after its constant
// folding of signed numbers and tuples of constants), or null.
const char* literal_type(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Tuple:
      return "tuple";
    case ExprKind::List:
    case ExprKind::ListComp:
      return "list";
    case ExprKind::Dict:
    case ExprKind::DictComp:
      return "dict";
    case ExprKind::Set:
    case ExprKind::SetComp:
      return "set";
    case ExprKind::GeneratorExp:
      return "generator";
    case ExprKind::Lambda:
      return "function";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue:
      return "str";
    case ExprKind::UnaryOp: {
      auto& u = static_cast<const UnaryOp&>(e);
      const char* operand = literal_type(*u.operand);
      if (u.op == UnaryOperator::Not || u.operand->kind != ExprKind::Constant || !operand)
        return nullptr;
      const std::string_view type = operand;
      if (type == "bool" || type == "int") return "int";
      const bool signed_number = u.op != UnaryOperator::Invert;  // ~1.5 is not folded
      return signed_number && (type == "float" || type == "complex") ? operand : nullptr;
    }
    case ExprKind::Constant:
      switch (static_cast<const Constant&>(e).value_kind) {
        case ConstantKind::None:
          return "NoneType";
        case ConstantKind::True:
        case ConstantKind::False:
          return "bool";
        case ConstantKind::Ellipsis:
          return "ellipsis";
        case ConstantKind::Int:
          return "int";
        case ConstantKind::Float:
          return "float";
        case ConstantKind::Complex:
          return "complex";
        case ConstantKind::Str:
          return "str";
        case ConstantKind::Bytes:
          return "bytes";
      }
      return nullptr;
    default:
      return nullptr;
  }
}

// A value CPython's compiler folds into a constant: a literal, a signed number, a tuple of them.
bool is_folded_constant(const Expr& e) {
  if (e.kind == ExprKind::Constant) return true;
  if (e.kind == ExprKind::UnaryOp) return literal_type(e) != nullptr;
  if (e.kind != ExprKind::Tuple) return false;
  const auto& elts = static_cast<const Tuple&>(e).elts;
  return std::all_of(elts.begin(), elts.end(),
                     [](const ExprPtr& x) { return is_folded_constant(*x); });
}

// `x is 5`: a constant other than None, True, False and Ellipsis.
bool is_identity_literal(const Expr& e) {
  if (!is_folded_constant(e)) return false;
  if (e.kind != ExprKind::Constant) return true;
  const ConstantKind kind = static_cast<const Constant&>(e).value_kind;
  return kind != ConstantKind::None && kind != ConstantKind::True && kind != ConstantKind::False &&
         kind != ConstantKind::Ellipsis;
}

void Compiler::check_identity(const Compare& c) {
  bool left = is_identity_literal(*c.left);
  for (std::size_t i = 0; i < c.ops.size(); ++i) {
    const bool right = is_identity_literal(*c.comparators[i]);
    const CompareOperator op = c.ops[i];
    if ((op == CompareOperator::Is || op == CompareOperator::IsNot) && (left || right)) {
      warn(op == CompareOperator::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                                     : "\"is not\" with a literal. Did you mean \"!=\"?");
      return;
    }
    left = right;
  }
}

void Compiler::check_call(const Call& c) {
  const char* type = literal_type(*c.func);
  if (!type || c.func->kind == ExprKind::Lambda) return;
  warn(std::string("'") + type + "' object is not callable; perhaps you missed a comma?");
}

void Compiler::check_subscript(const Subscript& s) {
  const Expr& value = *s.value;
  const char* type = literal_type(value);
  if (!type) return;
  const std::string_view name = type;
  const bool constant = value.kind == ExprKind::Constant || value.kind == ExprKind::UnaryOp;
  const bool unsubscriptable =
      constant ? name != "str" && name != "bytes"
               : value.kind == ExprKind::Set || value.kind == ExprKind::SetComp ||
                     value.kind == ExprKind::GeneratorExp || value.kind == ExprKind::Lambda;
  if (unsubscriptable) {
    warn(std::string("'") + type + "' object is not subscriptable; perhaps you missed a comma?");
    return;
  }
  const char* index = literal_type(*s.slice);
  if (!index || std::string_view(index) == "int" || std::string_view(index) == "bool") return;
  const bool indexable = constant ? name == "str" || name == "bytes"
                                  : value.kind == ExprKind::Tuple || value.kind == ExprKind::List ||
                                        value.kind == ExprKind::ListComp ||
                                        value.kind == ExprKind::JoinedStr ||
                                        value.kind == ExprKind::FormattedValue;
  if (indexable)
    warn(std::string(type) + " indices must be integers or slices, not " + index +
         "; perhaps you missed a comma?");
}

void Compiler::compare(const Compare& c) {
  check_identity(c);
  expr(*c.left);
  auto emit_op = [&](CompareOperator op) {
    switch (op) {
      case CompareOperator::Eq: emit(Op::CompareOp, kEq); break;
      case CompareOperator::NotEq: emit(Op::CompareOp, kNe); break;
      case CompareOperator::Lt: emit(Op::CompareOp, kLt); break;
      case CompareOperator::LtE: emit(Op::CompareOp, kLe); break;
      case CompareOperator::Gt: emit(Op::CompareOp, kGt); break;
      case CompareOperator::GtE: emit(Op::CompareOp, kGe); break;
      case CompareOperator::Is: emit(Op::IsOp, 0); break;
      case CompareOperator::IsNot: emit(Op::IsOp, 1); break;
      case CompareOperator::In: emit(Op::ContainsOp, 0); break;
      case CompareOperator::NotIn: emit(Op::ContainsOp, 1); break;
    }
  };
  if (c.ops.size() == 1) {
    expr(*c.comparators[0]);
    emit_op(c.ops[0]);
    return;
  }
  std::vector<std::uint32_t> cleanups;
  for (std::size_t i = 0; i + 1 < c.ops.size(); ++i) {
    expr(*c.comparators[i]);
    emit(Op::Copy, 1);
    emit(Op::Swap, 3);
    emit(Op::Swap, 2);
    emit_op(c.ops[i]);
    cleanups.push_back(emit(Op::JumpIfFalseOrPop));
  }
  expr(*c.comparators.back());
  emit_op(c.ops.back());
  std::uint32_t to_end = emit(Op::Jump);
  for (auto j : cleanups) patch_here(j);
  emit(Op::Swap, 2);
  emit(Op::PopTop);
  patch_here(to_end);
}

void Compiler::starred_collection(const ExprList& elts, Op build, Op extend, bool tuple) {
  bool has_star = std::any_of(elts.begin(), elts.end(),
                              [](const ExprPtr& e) { return e->kind == ExprKind::Starred; });
  if (!has_star) {
    exprs(elts);
    emit(build, static_cast<std::uint32_t>(elts.size()));
    return;
  }
  Op start = tuple ? Op::BuildList : build;
  Op add = build == Op::BuildSet ? Op::SetAdd : Op::ListAppend;
  emit(start, 0);
  for (auto& e : elts) {
    if (e->kind == ExprKind::Starred) {
      expr(*static_cast<const Starred&>(*e).value);
      emit(extend, 1);
    } else {
      expr(*e);
      emit(add, 1);
    }
  }
  if (tuple) emit(Op::ListToTuple);
}

// The value of a constant expression as CPython's AST optimiser folds it (literals, signed
// numbers, arithmetic on constants, tuples of constants); null when it is not one.
Value Compiler::folded_constant(const Expr& e) {
  if (e.kind == ExprKind::Constant) {
    auto& c = static_cast<const Constant&>(e);
    switch (c.value_kind) {
      case ConstantKind::None:
        return vm_.none();
      case ConstantKind::True:
        return vm_.true_value();
      case ConstantKind::False:
        return vm_.false_value();
      case ConstantKind::Ellipsis:
        return vm_.ellipsis();
      case ConstantKind::Int: {
        Value n = int_from_literal(vm_, c.text);
        if (!n) vm_.take_exception();  // reported when compiled as an expression
        return n;
      }
      case ConstantKind::Float:
        return vm_.make_float(c.number);
      case ConstantKind::Complex:
        return make_complex(vm_, 0.0, c.number);
      case ConstantKind::Str:
        return vm_.intern(c.text);
      case ConstantKind::Bytes:
        return vm_.make_bytes(c.text);
    }
    return Value();
  }
  if (e.kind == ExprKind::UnaryOp) {
    auto& u = static_cast<const UnaryOp&>(e);
    Value operand = folded_constant(*u.operand);
    if (!operand) return Value();
    if (u.op == UnaryOperator::Not) {
      int truth = vm_.truthy(operand);
      if (truth < 0) vm_.take_exception();
      return truth < 0 ? Value() : vm_.boolean(!truth);
    }
    bool integer = vm_.is_int(operand);
    if (!integer && (u.op == UnaryOperator::Invert ||
                     !(vm_.is_float(operand) || vm_.type_index(operand) == kComplexType)))
      return Value();
    int op = u.op == UnaryOperator::USub ? kNeg : u.op == UnaryOperator::UAdd ? kPos : kInvert;
    Value r = vm_.unary_op(operand, op);
    if (!r) vm_.take_exception();
    return r;
  }
  if (e.kind == ExprKind::BinOp) {
    // ast_opt.c's fold_binop, with its size limits (128-bit ints, 4096-character strings).
    auto& binop = static_cast<const BinOp&>(e);
    if (binop.op == Operator::MatMult) return Value();
    Value a = folded_constant(*binop.left), b = folded_constant(*binop.right);
    if (!a || !b) return Value();
    auto number = [&](const Value& v) {
      return vm_.is_int(v) || vm_.is_float(v) || vm_.type_index(v) == kComplexType;
    };
    auto bits = [&](const Value& v) -> std::uint64_t {
      return vm_.is_int(v) ? vm_.to_bigint(v).bit_length() : 0;
    };
    auto nonzero = [&](const Value& v) { return vm_.is_int(v) && bits(v) != 0; };
    constexpr std::uint64_t kMaxIntBits = 128, kMaxStr = 4096;
    if (number(a) && number(b)) {
      if (binop.op == Operator::Mult && nonzero(a) && nonzero(b) && bits(a) + bits(b) > kMaxIntBits)
        return Value();
      if ((binop.op == Operator::Pow || binop.op == Operator::LShift) && nonzero(a) && nonzero(b)) {
        std::int64_t n = 0;
        if (!vm_.to_int64(b, n)) return Value();
        if (binop.op == Operator::Pow && n > 0 && bits(a) > kMaxIntBits / std::uint64_t(n))
          return Value();
        if (binop.op == Operator::LShift &&
            (n < 0 || std::uint64_t(n) > kMaxIntBits || bits(a) > kMaxIntBits - std::uint64_t(n)))
          return Value();
      }
    } else if (vm_.is_str(a) && vm_.is_str(b) && binop.op == Operator::Add) {
    } else if (binop.op == Operator::Mult && (vm_.is_str(a) || vm_.is_str(b)) &&
               (vm_.is_int(a) || vm_.is_int(b))) {
      const Value& text = vm_.is_str(a) ? a : b;
      std::int64_t n = 0;
      if (!vm_.to_int64(vm_.is_str(a) ? b : a, n)) return Value();
      if (n > 0 && VM::str_text(text).size() > kMaxStr / std::uint64_t(n)) return Value();
    } else {
      return Value();
    }
    Value r = vm_.binary_op(a, b, static_cast<int>(binop.op));
    if (!r) vm_.take_exception();
    return r;
  }
  if (e.kind == ExprKind::Tuple) {
    std::vector<Value> items;
    for (auto& elt : static_cast<const ast::Tuple&>(e).elts) {
      Value v = folded_constant(*elt);
      if (!v) return Value();
      items.push_back(std::move(v));
    }
    return vm_.make_tuple(std::move(items));
  }
  return Value();
}

// {a, b, c}: as CPython 3.11 compiles it, more than two constants become a frozenset constant
// (built, then rebuilt in its own order) merged into an empty set (which decides the set's table
// size, hence its order); otherwise the items are added in order.
void Compiler::set_display(const ExprList& elts) {
  if (elts.size() > 2) {
    Value frozen = vm_.make_set(true);
    bool constant = true;
    for (auto& e : elts) {
      Value v = folded_constant(*e);
      if (!v || !settable_add(vm_, frozen.as<SetObject>()->table, std::move(v))) {
        if (vm_.has_pending_exception()) vm_.take_exception();
        constant = false;
        break;
      }
    }
    if (constant) {
      // CPython's constant merging (merge_consts_recursive) re-creates the frozenset from its
      // own iteration order, which can move colliding keys.
      Value merged = vm_.make_set(true);
      for (const SetEntry& entry : frozen.as<SetObject>()->table.slots)
        if (entry.key) settable_insert(vm_, merged.as<SetObject>()->table, entry.key, entry.hash);
      emit(Op::BuildSet, 0);
      load_const(std::move(merged));
      emit(Op::SetUpdate, 1);
      return;
    }
  }
  starred_collection(elts, Op::BuildSet, Op::SetUpdate, false);
}

void Compiler::dict_display(const ast::Dict& d) {
  bool has_unpack = std::any_of(d.keys.begin(), d.keys.end(), [](const ExprPtr& k) { return !k; });
  if (!has_unpack) {
    for (std::size_t i = 0; i < d.keys.size(); ++i) {
      expr(*d.keys[i]);
      expr(*d.values[i]);
    }
    emit(Op::BuildMap, static_cast<std::uint32_t>(d.keys.size()));
    return;
  }
  emit(Op::BuildMap, 0);
  for (std::size_t i = 0; i < d.keys.size(); ++i) {
    if (d.keys[i]) {
      expr(*d.keys[i]);
      expr(*d.values[i]);
      emit(Op::MapAdd, 1);
    } else {
      expr(*d.values[i]);
      emit(Op::DictUpdate, 1);
    }
  }
}

void Compiler::call(const Call& c) {
  check_call(c);
  // obj.method(...) avoids making a bound method.
  if (c.func->kind == ExprKind::Attribute && c.keywords.empty() &&
      std::none_of(c.args.begin(), c.args.end(),
                   [](const ExprPtr& a) { return a->kind == ExprKind::Starred; })) {
    auto& a = static_cast<const Attribute&>(*c.func);
    expr(*a.value);
    {
      Position pos(*this, a.range);
      emit(Op::LoadMethod, mangled_name(a.attr));
    }
    exprs(c.args);
    emit(Op::Call, static_cast<std::uint32_t>(c.args.size()));
    return;
  }
  emit(Op::PushNull);
  expr(*c.func);
  call_helper(c.args, c.keywords, 0);
}

// Arguments after [null, callable] (plus `already_pushed` positionals already on the stack).
bool Compiler::call_helper(const ExprList& args, const std::vector<Keyword>& keywords,
                           std::uint32_t already_pushed) {
  bool has_star = std::any_of(args.begin(), args.end(),
                              [](const ExprPtr& a) { return a->kind == ExprKind::Starred; });
  bool has_double_star =
      std::any_of(keywords.begin(), keywords.end(), [](const Keyword& k) { return k.arg.empty(); });
  if (!has_star && !has_double_star) {
    exprs(args);
    std::uint32_t n = already_pushed + static_cast<std::uint32_t>(args.size());
    if (keywords.empty()) {
      emit(Op::Call, n);
      return true;
    }
    std::vector<Value> names;
    for (auto& k : keywords) {
      for (auto& other : names)
        if (VM::str_text(other) == k.arg) {
          fail("keyword argument repeated: " + k.arg, k.range);
          return false;
        }
      expr(*k.value);
      names.push_back(vm_.intern(k.arg));
    }
    load_const(vm_.make_tuple(std::move(names)));
    emit(Op::CallKw, n + static_cast<std::uint32_t>(keywords.size()));
    return true;
  }
  // General form: a positional tuple and a keyword dict.
  emit(Op::BuildList, already_pushed);
  for (auto& a : args) {
    if (a->kind == ExprKind::Starred) {
      expr(*static_cast<const Starred&>(*a).value);
      emit(Op::ListExtend, 1);
    } else {
      expr(*a);
      emit(Op::ListAppend, 1);
    }
  }
  emit(Op::ListToTuple);
  if (!keywords.empty()) {
    emit(Op::BuildMap, 0);
    for (auto& k : keywords) {
      if (k.arg.empty()) {
        expr(*k.value);
        emit(Op::DictMerge, 1);
      } else {
        load_const(vm_.intern(k.arg));
        expr(*k.value);
        emit(Op::MapAdd, 1);
      }
    }
    emit(Op::CallEx, 1);
  } else {
    emit(Op::CallEx, 0);
  }
  return true;
}

// kind: 0 list, 1 set, 2 dict, 3 generator expression.
void Compiler::comprehension(const Expr& node, const std::vector<Comprehension>& gens,
                             const Expr* elt, const Expr* value, int kind) {
  Scope* scope = table_.scopes.at(&node);
  static const char* names[] = {"<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"};
  std::uint32_t flags = kComprehension;
  bool is_async = scope->is_coroutine;
  if (is_async && kind != 3 && unit_->scope->kind != ScopeKind::Comprehension &&
      !in_async_function()) {
    return fail("asynchronous comprehension outside of an asynchronous function", node.range);
  }
  if (kind == 3) flags |= is_async ? kAsyncGenerator : kGenerator;
  else if (is_async) flags |= kCoroutine;
  enter_unit(scope, names[kind], qualname_for(names[kind]), flags, node.range);
  unit_->code->argcount = 1;
  if (flags & (kGenerator | kCoroutine | kAsyncGenerator)) emit(Op::ReturnGenerator);
  if (kind == 0) emit(Op::BuildList, 0);
  if (kind == 1) emit(Op::BuildSet, 0);
  if (kind == 2) emit(Op::BuildMap, 0);
  comprehension_generator(gens, 0, elt, value, kind);
  if (kind == 3) load_none();
  emit(Op::ReturnValue);
  auto code = leave_unit();
  Arguments none;
  make_function(std::move(code), none);
  expr(*gens[0].iter);
  emit(gens[0].is_async ? Op::GetAIter : Op::GetIter);
  emit(Op::Call, 0);
  if (is_async && kind != 3) {
    emit(Op::GetAwaitable, 0);
    await_value();
  }
}

void Compiler::comprehension_generator(const std::vector<Comprehension>& gens,
                                       std::size_t index, const Expr* elt, const Expr* value,
                                       int kind) {
  const Comprehension& gen = gens[index];
  if (index == 0) {
    emit(Op::LoadFast, 0);  // .0, the iterator passed in
  } else {
    expr(*gen.iter);
    emit(gen.is_async ? Op::GetAIter : Op::GetIter);
  }
  std::uint32_t top = here();
  std::uint32_t exit_jump = 0;
  std::vector<std::uint32_t> breaks;
  std::uint32_t setup = 0;
  if (gen.is_async) {
    setup = emit(Op::SetupFinally);
    emit(Op::GetANext);
    await_value();
    emit(Op::PopBlock);
  } else {
    exit_jump = emit(Op::ForIter);
  }
  assign_target(*gen.target);
  std::vector<std::uint32_t> skips;
  for (auto& cond : gen.ifs) jump_if(*cond, false, skips);
  // Depth of the result container below the iterators: one per generator level.
  std::uint32_t depth = static_cast<std::uint32_t>(index + 2);
  if (index + 1 < gens.size()) {
    comprehension_generator(gens, index + 1, elt, value, kind);
  } else if (kind == 3) {
    expr(*elt);
    emit(Op::YieldValue);
    emit(Op::PopTop);
  } else if (kind == 2) {
    expr(*elt);
    expr(*value);
    emit(Op::MapAdd, depth);
  } else {
    expr(*elt);
    emit(kind == 0 ? Op::ListAppend : Op::SetAdd, depth);
  }
  for (auto j : skips) patch(j, top);
  emit(Op::Jump, top);
  if (gen.is_async) {
    patch_here(setup);
    emit(Op::EndAsyncFor);
  } else {
    patch_here(exit_jump);
  }
}

void Compiler::joined_str(const JoinedStr& j) {
  if (j.values.size() == 1 && j.values[0]->kind == ExprKind::Constant) {
    expr(*j.values[0]);
    return;
  }
  for (auto& v : j.values) expr(*v);
  emit(Op::BuildString, static_cast<std::uint32_t>(j.values.size()));
}

void Compiler::formatted_value(const FormattedValue& f) {
  expr(*f.value);
  std::uint32_t arg = 0;
  switch (f.conversion) {
    case 's': arg = 1; break;
    case 'r': arg = 2; break;
    case 'a': arg = 3; break;
    default: arg = 0;
  }
  if (f.format_spec) {
    expr(*f.format_spec);
    arg |= 4;
  }
  emit(Op::FormatValue, arg);
}

// ---------------------------------------------------------------------------------------------
// Compiling the match statement: CPython 3.11's compiler_match, instruction for instruction
// where it can. The subject stays on the stack while a case's pattern runs (a copy for every
// case but the last); a pattern consumes the value on top, success or not. Captured values wait
// on the stack, below the items a pattern still works on, and are stored only once the whole
// pattern has matched (before the guard). A failing test jumps to fail_pop[n], a run of n
// PopTops that throws away what the pattern had pushed so far.

struct Compiler::PatternContext {
  std::vector<std::string> stores;                   // captured names, in stack order
  bool allow_irrefutable = false;                    // may a capture or `_` stand here?
  std::vector<std::vector<std::uint32_t>> fail_pop;  // jumps to patch, by items to pop
  std::uint32_t on_top = 0;                          // items above the stores to pop on failure
};

namespace {

bool is_wildcard(const Pattern& p) {
  if (p.kind != PatternKind::MatchAs) return false;
  auto& as = static_cast<const MatchAs&>(p);
  return !as.pattern && as.name.empty();
}

bool is_star_wildcard(const Pattern& p) {
  return p.kind == PatternKind::MatchStar && static_cast<const MatchStar&>(p).name.empty();
}

}  // namespace

bool Compiler::pattern_error(const std::string& message) {
  fail(message, unit_->position);
  return false;
}

void Compiler::match_stmt(const Match& m) {
  expr(*m.subject);
  std::vector<std::uint32_t> end_jumps;
  const std::size_t cases = m.cases.size();
  // A trailing `case _:` needs no copy of the subject, nor a test.
  const bool has_default = cases > 1 && is_wildcard(*m.cases.back().pattern);
  const std::size_t tested = cases - (has_default ? 1 : 0);
  for (std::size_t i = 0; i < tested && !error; ++i) {
    const MatchCase& c = m.cases[i];
    const bool last = i + 1 == tested;
    if (!last) emit(Op::Copy, 1);
    PatternContext pc;
    pc.allow_irrefutable = c.guard != nullptr || i + 1 == cases;
    pattern(*c.pattern, pc);
    if (error) return;
    for (const std::string& n : pc.stores) store_name(n);
    if (c.guard) {
      if (pc.fail_pop.empty()) pc.fail_pop.resize(1);
      jump_if(*c.guard, false, pc.fail_pop[0]);
    }
    if (!last) emit(Op::PopTop);
    stmts(c.body);
    end_jumps.push_back(emit(Op::Jump));
    unit_->position = c.pattern->range;
    pattern_fail_pops(pc);
  }
  if (has_default && !error) {
    const MatchCase& c = m.cases.back();
    unit_->position = c.pattern->range;
    emit(Op::Nop);
    if (c.guard) jump_if(*c.guard, false, end_jumps);
    stmts(c.body);
  }
  for (std::uint32_t j : end_jumps) patch_here(j);
}

// Pops the value on top into the pattern's captures (or drops it: a `_`), under the items the
// pattern still needs and under the captures made before it.
void Compiler::pattern_store(const std::string& name, PatternContext& pc) {
  if (name.empty()) {
    emit(Op::PopTop);
    return;
  }
  if (name == "__debug__") {
    pattern_error("cannot assign to __debug__");
    return;
  }
  if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
    pattern_error("multiple assignments to name '" + name + "' in pattern");
    return;
  }
  pattern_rotate(pc.on_top + static_cast<std::uint32_t>(pc.stores.size()) + 1);
  pc.stores.push_back(name);
}

// Moves the top item down to the count-th place.
void Compiler::pattern_rotate(std::uint32_t count) {
  while (count > 1) emit(Op::Swap, count--);
}

void Compiler::pattern_fail_jump(PatternContext& pc, Op op) {
  std::size_t pops = pc.on_top + pc.stores.size();
  if (pc.fail_pop.size() <= pops) pc.fail_pop.resize(pops + 1);
  pc.fail_pop[pops].push_back(emit(op));
}

void Compiler::pattern_fail_pops(PatternContext& pc) {
  if (pc.fail_pop.empty()) return;
  for (std::size_t n = pc.fail_pop.size() - 1; n > 0; --n) {
    for (std::uint32_t j : pc.fail_pop[n]) patch_here(j);
    emit(Op::PopTop);
  }
  for (std::uint32_t j : pc.fail_pop[0]) patch_here(j);
  pc.fail_pop.clear();
}

// A sub-pattern may be irrefutable even where its whole pattern may not (`case [x]:`).
void Compiler::pattern_subpattern(const Pattern& p, PatternContext& pc) {
  bool allow = pc.allow_irrefutable;
  pc.allow_irrefutable = true;
  pattern(p, pc);
  pc.allow_irrefutable = allow;
}

void Compiler::pattern(const Pattern& p, PatternContext& pc) {
  if (error) return;
  unit_->position = p.range;  // CPython's SET_LOC: errors point at the last pattern entered
  switch (p.kind) {
    case PatternKind::MatchValue: {
      auto& v = static_cast<const MatchValue&>(p);
      if (Value folded = v.value->kind == ExprKind::Attribute ? Value() : folded_constant(*v.value))
        load_const(std::move(folded));
      else
        expr(*v.value);
      unit_->position = p.range;
      emit(Op::CompareOp, kEq);
      pattern_fail_jump(pc, Op::PopJumpIfFalse);
      return;
    }
    case PatternKind::MatchSingleton: {
      auto k = static_cast<const MatchSingleton&>(p).value;
      load_const(k == ConstantKind::None   ? vm_.none()
                 : k == ConstantKind::True ? vm_.true_value()
                                           : vm_.false_value());
      emit(Op::IsOp, 0);
      pattern_fail_jump(pc, Op::PopJumpIfFalse);
      return;
    }
    case PatternKind::MatchSequence:
      pattern_sequence(static_cast<const MatchSequence&>(p), pc);
      return;
    case PatternKind::MatchMapping:
      pattern_mapping(static_cast<const MatchMapping&>(p), pc);
      return;
    case PatternKind::MatchClass:
      pattern_class(static_cast<const MatchClass&>(p), pc);
      return;
    case PatternKind::MatchStar:
      pattern_store(static_cast<const MatchStar&>(p).name, pc);
      return;
    case PatternKind::MatchAs: {
      auto& as = static_cast<const MatchAs&>(p);
      if (!as.pattern) {
        if (!pc.allow_irrefutable) {
          if (!as.name.empty())
            pattern_error("name capture '" + as.name + "' makes remaining patterns unreachable");
          else
            pattern_error("wildcard makes remaining patterns unreachable");
          return;
        }
        pattern_store(as.name, pc);
        return;
      }
      ++pc.on_top;
      emit(Op::Copy, 1);
      pattern(*as.pattern, pc);
      if (error) return;
      --pc.on_top;
      pattern_store(as.name, pc);
      return;
    }
    case PatternKind::MatchOr:
      pattern_or(static_cast<const MatchOr&>(p), pc);
      return;
  }
}

void Compiler::pattern_sequence(const MatchSequence& p, PatternContext& pc) {
  const auto& patterns = p.patterns;
  const std::size_t size = patterns.size();
  std::size_t star = size;
  bool only_wildcard = true, star_wildcard = false;
  for (std::size_t i = 0; i < size; ++i) {
    const Pattern& sub = *patterns[i];
    if (sub.kind == PatternKind::MatchStar) {
      if (star != size) {
        pattern_error("multiple starred names in sequence pattern");
        return;
      }
      star_wildcard = is_star_wildcard(sub);
      only_wildcard &= star_wildcard;
      star = i;
      continue;
    }
    only_wildcard &= is_wildcard(sub);
  }
  // The subject stays on top during the sequence and length checks.
  ++pc.on_top;
  emit(Op::Match, kMatchSequence);
  pattern_fail_jump(pc, Op::PopJumpIfFalse);
  if (star == size) {
    emit(Op::Match, kMatchGetLen);
    load_const(vm_.make_int(static_cast<std::int64_t>(size)));
    emit(Op::CompareOp, kEq);
    pattern_fail_jump(pc, Op::PopJumpIfFalse);
  } else if (size > 1) {
    emit(Op::Match, kMatchGetLen);
    load_const(vm_.make_int(static_cast<std::int64_t>(size - 1)));
    emit(Op::CompareOp, kGe);
    pattern_fail_jump(pc, Op::PopJumpIfFalse);
  }
  --pc.on_top;
  if (only_wildcard) {
    emit(Op::PopTop);  // [] / [_, _] / [_, *_]...
  } else if (star_wildcard) {
    // Subscripts, so that `*_` builds no list: items before the star by index, after it by
    // len - k (the subject may not take negative indices).
    ++pc.on_top;
    for (std::size_t i = 0; i < size && !error; ++i) {
      const Pattern& sub = *patterns[i];
      if (i == star || is_wildcard(sub)) continue;
      emit(Op::Copy, 1);
      if (i < star) {
        load_const(vm_.make_int(static_cast<std::int64_t>(i)));
      } else {
        emit(Op::Match, kMatchGetLen);
        load_const(vm_.make_int(static_cast<std::int64_t>(size - i)));
        emit(Op::BinaryOp, kSub);
      }
      emit(Op::BinarySubscr);  // [subject, item]
      pattern_subpattern(sub, pc);
    }
    --pc.on_top;
    emit(Op::PopTop);
  } else {
    if (star == size)
      emit(Op::UnpackSequence, static_cast<std::uint32_t>(size));
    else
      emit(Op::UnpackEx, static_cast<std::uint32_t>(star | ((size - star - 1) << 8)));
    pc.on_top += static_cast<std::uint32_t>(size);
    for (std::size_t i = 0; i < size && !error; ++i) {
      --pc.on_top;
      pattern_subpattern(*patterns[i], pc);
    }
  }
}

void Compiler::pattern_mapping(const MatchMapping& p, PatternContext& pc) {
  const std::size_t size = p.keys.size();
  ++pc.on_top;
  emit(Op::Match, kMatchMapping);
  pattern_fail_jump(pc, Op::PopJumpIfFalse);
  if (size == 0 && p.rest.empty()) {
    --pc.on_top;
    emit(Op::PopTop);  // `{}`
    return;
  }
  if (size) {
    emit(Op::Match, kMatchGetLen);
    load_const(vm_.make_int(static_cast<std::int64_t>(size)));
    emit(Op::CompareOp, kGe);
    pattern_fail_jump(pc, Op::PopJumpIfFalse);
  }
  // The keys, in a tuple: literals (checked for duplicates here) or dotted names.
  std::vector<Value> seen;
  for (std::size_t i = 0; i < size; ++i) {
    const Expr& key = *p.keys[i];
    if (key.kind == ExprKind::Attribute) {
      expr(key);
      continue;
    }
    Value k = folded_constant(key);
    if (!k) {
      pattern_error("mapping pattern keys may only match literals and attribute lookups");
      return;
    }
    for (const Value& other : seen) {
      int eq = vm_.equal(k, other);
      if (eq < 0) vm_.take_exception();
      if (eq == 1) {
        auto text = vm_.repr_text(k);
        if (!text) vm_.take_exception();
        pattern_error("mapping pattern checks duplicate key (" + text.value_or("?") + ")");
        return;
      }
    }
    seen.push_back(k);
    load_const(std::move(k));
  }
  emit(Op::BuildTuple, static_cast<std::uint32_t>(size));
  emit(Op::Match, kMatchKeys);
  // [subject, keys, values or None]
  pc.on_top += 2;
  emit(Op::Copy, 1);
  load_none();
  emit(Op::IsOp, 1);
  pattern_fail_jump(pc, Op::PopJumpIfFalse);
  emit(Op::UnpackSequence, static_cast<std::uint32_t>(size));
  pc.on_top += static_cast<std::uint32_t>(size) - 1;
  for (std::size_t i = 0; i < size && !error; ++i) {
    --pc.on_top;
    pattern_subpattern(*p.patterns[i], pc);
  }
  if (error) return;
  pc.on_top -= 2;
  if (!p.rest.empty()) {
    // rest = dict(subject); del rest[key] for each key.
    emit(Op::BuildMap, 0);                                       // [subject, keys, {}]
    emit(Op::Swap, 3);                                           // [{}, keys, subject]
    emit(Op::DictUpdate, 2);                                     // [rest, keys]
    emit(Op::UnpackSequence, static_cast<std::uint32_t>(size));  // [rest, keys...]
    for (std::size_t n = size; n > 0; --n) {
      emit(Op::Copy, static_cast<std::uint32_t>(1 + n));  // [rest, keys..., rest]
      emit(Op::Swap, 2);                                  // [rest, keys..., rest, key]
      emit(Op::DeleteSubscr);                             // [rest, keys...]
    }
    pattern_store(p.rest, pc);
  } else {
    emit(Op::PopTop);  // the keys
    emit(Op::PopTop);  // the subject
  }
}

void Compiler::pattern_class(const MatchClass& p, PatternContext& pc) {
  const std::size_t nargs = p.patterns.size(), nattrs = p.kwd_attrs.size();
  for (std::size_t i = 0; i < nattrs; ++i) {
    unit_->position = p.kwd_patterns[i]->range;
    if (p.kwd_attrs[i] == "__debug__") {
      pattern_error("cannot assign to __debug__");
      return;
    }
    for (std::size_t j = i + 1; j < nattrs; ++j) {
      if (p.kwd_attrs[i] == p.kwd_attrs[j]) {
        unit_->position = p.kwd_patterns[j]->range;
        pattern_error("attribute name repeated in class pattern: " + p.kwd_attrs[i]);
        return;
      }
    }
  }
  unit_->position = p.range;
  expr(*p.cls);
  std::vector<Value> names;
  for (auto& n : p.kwd_attrs) names.push_back(vm_.intern(n));
  load_const(vm_.make_tuple(std::move(names)));
  unit_->position = p.range;
  emit(Op::Match, kMatchClass | static_cast<std::uint32_t>(nargs << 8));
  emit(Op::Copy, 1);
  load_none();
  emit(Op::IsOp, 1);
  // [attributes tuple or None]
  ++pc.on_top;
  pattern_fail_jump(pc, Op::PopJumpIfFalse);
  emit(Op::UnpackSequence, static_cast<std::uint32_t>(nargs + nattrs));
  pc.on_top += static_cast<std::uint32_t>(nargs + nattrs) - 1;
  for (std::size_t i = 0; i < nargs + nattrs && !error; ++i) {
    --pc.on_top;
    const Pattern& sub = i < nargs ? *p.patterns[i] : *p.kwd_patterns[i - nargs];
    if (is_wildcard(sub)) {
      emit(Op::PopTop);
      continue;
    }
    pattern_subpattern(sub, pc);
  }
}

// Each alternative runs on a copy of the subject with its own captures; they must capture the
// same names, and are put in the first alternative's order before joining the pattern's others.
void Compiler::pattern_or(const MatchOr& p, PatternContext& pc) {
  std::vector<std::uint32_t> end_jumps;
  PatternContext old = std::move(pc);
  std::vector<std::string> control;
  const std::size_t size = p.patterns.size();
  for (std::size_t i = 0; i < size; ++i) {
    const Pattern& alt = *p.patterns[i];
    unit_->position = alt.range;
    PatternContext sub;
    sub.allow_irrefutable = i + 1 == size && old.allow_irrefutable;
    emit(Op::Copy, 1);
    pattern(alt, sub);
    if (error) return;
    if (i == 0) {
      control = sub.stores;
    } else {
      if (sub.stores.size() != control.size()) {
        pattern_error("alternative patterns bind different names");
        return;
      }
      for (const std::string& n : control) {
        if (std::find(sub.stores.begin(), sub.stores.end(), n) == sub.stores.end()) {
          pattern_error("alternative patterns bind different names");
          return;
        }
      }
      // The captures are the top items, stores[k] at depth k + 1: swap them into control's
      // order.
      std::vector<std::string> order = sub.stores;
      for (std::size_t k = 0; k < order.size(); ++k) {
        if (order[k] == control[k]) continue;
        std::size_t q = std::find(order.begin() + k, order.end(), control[k]) - order.begin();
        auto depth = [](std::size_t at) { return static_cast<std::uint32_t>(at + 1); };
        if (k == 0) {
          emit(Op::Swap, depth(q));
        } else {
          emit(Op::Swap, depth(k));
          emit(Op::Swap, depth(q));
          emit(Op::Swap, depth(k));
        }
        std::swap(order[k], order[q]);
      }
    }
    end_jumps.push_back(emit(Op::Jump));
    pattern_fail_pops(sub);
  }
  pc = std::move(old);
  // No alternative matched: pop the subject and fail.
  emit(Op::PopTop);
  pattern_fail_jump(pc, Op::Jump);
  for (std::uint32_t j : end_jumps) patch_here(j);
  // [stores..., on_top..., subject, new captures (control[0] on top)]: move each capture under
  // everything, in control's order.
  const auto nstores = static_cast<std::uint32_t>(control.size());
  const std::uint32_t rotations =
      nstores + 1 + pc.on_top + static_cast<std::uint32_t>(pc.stores.size());
  for (const std::string& n : control) {
    pattern_rotate(rotations);
    if (std::find(pc.stores.begin(), pc.stores.end(), n) != pc.stores.end()) {
      pattern_error("multiple assignments to name '" + n + "' in pattern");
      return;
    }
    pc.stores.push_back(n);
  }
  emit(Op::PopTop);  // the subject
}

}  // namespace

CompileResult compile_program(VM& vm, std::shared_ptr<const Source> source,
                              const CompileOptions& options) {
  auto parsed = parse_module(source->text);
  if (!parsed.module) {
    CompileResult result;
    result.error = parsed.error;
    return result;
  }
  return compile_parsed(vm, std::move(source), *parsed.module, options);
}

CompileResult compile_parsed(VM& vm, std::shared_ptr<const Source> source,
                             const ast::Module& module, const CompileOptions& options) {
  CompileResult result;
  const auto& body = module.body;
  if (options.single && body.size() > 1 && body[1]->range.line > body[0]->range.end_line) {
    // A parser error in CPython: more than the first line's statements, found at its end.
    SourcePosition end{body[0]->range.end_line, body[0]->range.end_column};
    result.error = SyntaxErrorInfo{
        "SyntaxError", "multiple statements found while compiling a single statement", end, end};
    return result;
  }
  result.after_parsing = true;
  SymbolTable table = build_symbol_table(module);
  if (table.error) {
    result.error = table.error;
    return result;
  }
  Compiler compiler(vm, source, table, options);
  auto code = compiler.module(module);
  result.warnings = std::move(compiler.warnings);
  if (compiler.error) {
    result.error = compiler.error;
    return result;
  }
  result.code = std::move(code);
  return result;
}

}  // namespace py
