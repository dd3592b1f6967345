// The abstract syntax tree: CPython 3.11's `ast` module, node for node and field for field
// (Python/Python.asdl), so `ast.dump` of CPython is the reference for the parser's tests.
//
// Nodes are plain structs owned by unique_ptr; a node's kind tells the compiler which struct
// it is (static_cast after a switch). Every node carries its exact source range: 1-based
// lines, 0-based columns in UTF-8 bytes, as CPython's lineno/col_offset/end_lineno/
// end_col_offset.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace py::ast {

struct Range {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t end_line = 0;
  std::uint32_t end_column = 0;
};

enum class ExprContext : std::uint8_t { Load, Store, Del };
enum class BoolOperator : std::uint8_t { And, Or };
enum class Operator : std::uint8_t {
  Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv
};
enum class UnaryOperator : std::uint8_t { Invert, Not, UAdd, USub };
enum class CompareOperator : std::uint8_t { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn };

// ---------------------------------------------------------------------------------------------
// Expressions

enum class ExprKind : std::uint8_t {
  BoolOp, NamedExpr, BinOp, UnaryOp, Lambda, IfExp, Dict, Set, ListComp, SetComp, DictComp,
  GeneratorExp, Await, Yield, YieldFrom, Compare, Call, FormattedValue, JoinedStr, Constant,
  Attribute, Subscript, Starred, Name, List, Tuple, Slice
};

struct Expr {
  explicit Expr(ExprKind k) : kind(k) {}
  virtual ~Expr() = default;
  ExprKind kind;
  // The parser's notes: written in parentheses (`(x): int` is not a simple annotation), and a
  // generator expression that was a call's argument without parentheses of its own.
  bool parenthesized = false;
  bool bare_generator_argument = false;
  Range range;
};
using ExprPtr = std::unique_ptr<Expr>;
using ExprList = std::vector<ExprPtr>;

struct Stmt;
using StmtPtr = std::unique_ptr<Stmt>;
using StmtList = std::vector<StmtPtr>;

struct BoolOp : Expr {
  BoolOp() : Expr(ExprKind::BoolOp) {}
  BoolOperator op = BoolOperator::And;
  ExprList values;  // two or more; `a and b and c` is one node, as in CPython
};

struct NamedExpr : Expr {
  NamedExpr() : Expr(ExprKind::NamedExpr) {}
  ExprPtr target;  // a Name in Store context
  ExprPtr value;
};

struct BinOp : Expr {
  BinOp() : Expr(ExprKind::BinOp) {}
  ExprPtr left;
  Operator op = Operator::Add;
  ExprPtr right;
};

struct UnaryOp : Expr {
  UnaryOp() : Expr(ExprKind::UnaryOp) {}
  UnaryOperator op = UnaryOperator::Not;
  ExprPtr operand;
};

struct Arg {
  std::string name;
  ExprPtr annotation;  // may be null
  Range range;
};

// Parameters, in CPython's `arguments` layout. Defaults belong to the LAST positional
// parameters (posonly + args); kw_defaults has one entry per kwonly parameter (null: none).
struct Arguments {
  std::vector<Arg> posonlyargs;
  std::vector<Arg> args;
  std::unique_ptr<Arg> vararg;  // *args
  std::vector<Arg> kwonlyargs;
  ExprList kw_defaults;
  std::unique_ptr<Arg> kwarg;  // **kwargs
  ExprList defaults;
};

struct Lambda : Expr {
  Lambda() : Expr(ExprKind::Lambda) {}
  Arguments args;
  ExprPtr body;
};

struct IfExp : Expr {
  IfExp() : Expr(ExprKind::IfExp) {}
  ExprPtr test;
  ExprPtr body;
  ExprPtr orelse;
};

struct Dict : Expr {
  Dict() : Expr(ExprKind::Dict) {}
  ExprList keys;  // a null key means `**values[i]`
  ExprList values;
};

struct Set : Expr {
  Set() : Expr(ExprKind::Set) {}
  ExprList elts;
};

struct Comprehension {
  ExprPtr target;
  ExprPtr iter;
  ExprList ifs;
  bool is_async = false;
};

struct ListComp : Expr {
  ListComp() : Expr(ExprKind::ListComp) {}
  ExprPtr elt;
  std::vector<Comprehension> generators;
};

struct SetComp : Expr {
  SetComp() : Expr(ExprKind::SetComp) {}
  ExprPtr elt;
  std::vector<Comprehension> generators;
};

struct DictComp : Expr {
  DictComp() : Expr(ExprKind::DictComp) {}
  ExprPtr key;
  ExprPtr value;
  std::vector<Comprehension> generators;
};

struct GeneratorExp : Expr {
  GeneratorExp() : Expr(ExprKind::GeneratorExp) {}
  ExprPtr elt;
  std::vector<Comprehension> generators;
};

struct Await : Expr {
  Await() : Expr(ExprKind::Await) {}
  ExprPtr value;
};

struct Yield : Expr {
  Yield() : Expr(ExprKind::Yield) {}
  ExprPtr value;  // may be null
};

struct YieldFrom : Expr {
  YieldFrom() : Expr(ExprKind::YieldFrom) {}
  ExprPtr value;
};

struct Compare : Expr {
  Compare() : Expr(ExprKind::Compare) {}
  ExprPtr left;
  std::vector<CompareOperator> ops;
  ExprList comparators;
};

struct Keyword {
  std::string arg;  // empty for `**mapping`
  ExprPtr value;
  Range range;
};

struct Call : Expr {
  Call() : Expr(ExprKind::Call) {}
  ExprPtr func;
  ExprList args;  // may contain Starred
  std::vector<Keyword> keywords;
};

// One `{value!conversion:format_spec}` of an f-string. conversion: -1 none, 's', 'r', 'a'.
struct FormattedValue : Expr {
  FormattedValue() : Expr(ExprKind::FormattedValue) {}
  ExprPtr value;
  int conversion = -1;
  ExprPtr format_spec;  // a JoinedStr, or null
};

struct JoinedStr : Expr {
  JoinedStr() : Expr(ExprKind::JoinedStr) {}
  ExprList values;  // Constant str and FormattedValue
};

enum class ConstantKind : std::uint8_t { None, True, False, Ellipsis, Int, Float, Complex, Str, Bytes };

struct Constant : Expr {
  Constant() : Expr(ExprKind::Constant) {}
  ConstantKind value_kind = ConstantKind::None;
  // Int: the literal's digits as written, without underscores, with its base prefix
  //      ("0x1f", "0o17", "0b101", "123") — the compiler makes the integer.
  // Str: the decoded text (escapes processed), UTF-8. Bytes: the raw byte values.
  std::string text;
  double number = 0;  // Float, and Complex's imaginary part
  bool unicode_prefix = false;  // u'...': CPython's Constant.kind == 'u'
};

struct Attribute : Expr {
  Attribute() : Expr(ExprKind::Attribute) {}
  ExprPtr value;
  std::string attr;
  ExprContext ctx = ExprContext::Load;
};

struct Subscript : Expr {
  Subscript() : Expr(ExprKind::Subscript) {}
  ExprPtr value;
  ExprPtr slice;  // a Slice, a Tuple (a[1:2, 3]), or any expression
  ExprContext ctx = ExprContext::Load;
};

struct Starred : Expr {
  Starred() : Expr(ExprKind::Starred) {}
  ExprPtr value;
  ExprContext ctx = ExprContext::Load;
};

struct Name : Expr {
  Name() : Expr(ExprKind::Name) {}
  std::string id;
  ExprContext ctx = ExprContext::Load;
};

struct List : Expr {
  List() : Expr(ExprKind::List) {}
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};

struct Tuple : Expr {
  Tuple() : Expr(ExprKind::Tuple) {}
  ExprList elts;
  ExprContext ctx = ExprContext::Load;
};

struct Slice : Expr {
  Slice() : Expr(ExprKind::Slice) {}
  ExprPtr lower;  // each may be null
  ExprPtr upper;
  ExprPtr step;
};

// ---------------------------------------------------------------------------------------------
// Statements

enum class StmtKind : std::uint8_t {
  FunctionDef, AsyncFunctionDef, ClassDef, Return, Delete, Assign, AugAssign, AnnAssign, For,
  AsyncFor, While, If, With, AsyncWith, Match, Raise, Try, TryStar, Assert, Import, ImportFrom,
  Global, Nonlocal, Expr, Pass, Break, Continue
};

struct Stmt {
  explicit Stmt(StmtKind k) : kind(k) {}
  virtual ~Stmt() = default;
  StmtKind kind;
  Range range;
};

// FunctionDef and AsyncFunctionDef share this struct (kind tells them apart).
struct FunctionDef : Stmt {
  explicit FunctionDef(StmtKind k = StmtKind::FunctionDef) : Stmt(k) {}
  std::string name;
  Arguments args;
  StmtList body;
  ExprList decorator_list;
  ExprPtr returns;  // may be null
};

struct ClassDef : Stmt {
  ClassDef() : Stmt(StmtKind::ClassDef) {}
  std::string name;
  ExprList bases;
  std::vector<Keyword> keywords;
  StmtList body;
  ExprList decorator_list;
};

struct Return : Stmt {
  Return() : Stmt(StmtKind::Return) {}
  ExprPtr value;  // may be null
};

struct Delete : Stmt {
  Delete() : Stmt(StmtKind::Delete) {}
  ExprList targets;
};

struct Assign : Stmt {
  Assign() : Stmt(StmtKind::Assign) {}
  ExprList targets;  // `a = b = 1` has two targets
  ExprPtr value;
};

struct AugAssign : Stmt {
  AugAssign() : Stmt(StmtKind::AugAssign) {}
  ExprPtr target;
  Operator op = Operator::Add;
  ExprPtr value;
};

struct AnnAssign : Stmt {
  AnnAssign() : Stmt(StmtKind::AnnAssign) {}
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;  // may be null
  bool simple = true;
};

// For and AsyncFor share this struct.
struct For : Stmt {
  explicit For(StmtKind k = StmtKind::For) : Stmt(k) {}
  ExprPtr target;
  ExprPtr iter;
  StmtList body;
  StmtList orelse;
};

struct While : Stmt {
  While() : Stmt(StmtKind::While) {}
  ExprPtr test;
  StmtList body;
  StmtList orelse;
};

struct If : Stmt {
  If() : Stmt(StmtKind::If) {}
  ExprPtr test;
  StmtList body;
  StmtList orelse;  // an `elif` is a single If here, as in CPython
};

struct WithItem {
  ExprPtr context_expr;
  ExprPtr optional_vars;  // may be null
};

// With and AsyncWith share this struct.
struct With : Stmt {
  explicit With(StmtKind k = StmtKind::With) : Stmt(k) {}
  std::vector<WithItem> items;
  StmtList body;
};

// ---- Patterns of the match statement (CPython's `pattern` sum type) ----
enum class PatternKind : std::uint8_t {
  MatchValue,
  MatchSingleton,
  MatchSequence,
  MatchMapping,
  MatchClass,
  MatchStar,
  MatchAs,
  MatchOr
};

struct Pattern {
  explicit Pattern(PatternKind k) : kind(k) {}
  virtual ~Pattern() = default;
  PatternKind kind;
  Range range;
};
using PatternPtr = std::unique_ptr<Pattern>;
using PatternList = std::vector<PatternPtr>;

struct MatchValue : Pattern {
  MatchValue() : Pattern(PatternKind::MatchValue) {}
  ExprPtr value;  // a literal (maybe signed or complex) or a dotted name
};

struct MatchSingleton : Pattern {
  MatchSingleton() : Pattern(PatternKind::MatchSingleton) {}
  ConstantKind value = ConstantKind::None;  // None, True or False
};

struct MatchSequence : Pattern {
  MatchSequence() : Pattern(PatternKind::MatchSequence) {}
  PatternList patterns;
};

struct MatchMapping : Pattern {
  MatchMapping() : Pattern(PatternKind::MatchMapping) {}
  ExprList keys;
  PatternList patterns;
  std::string rest;  // `**rest`; empty: none
};

struct MatchClass : Pattern {
  MatchClass() : Pattern(PatternKind::MatchClass) {}
  ExprPtr cls;
  PatternList patterns;
  std::vector<std::string> kwd_attrs;
  PatternList kwd_patterns;
};

struct MatchStar : Pattern {
  MatchStar() : Pattern(PatternKind::MatchStar) {}
  std::string name;  // empty: `*_`
};

// A capture (`x`), the wildcard (`_`: no pattern, no name) or `pattern as name`.
struct MatchAs : Pattern {
  MatchAs() : Pattern(PatternKind::MatchAs) {}
  PatternPtr pattern;  // may be null
  std::string name;    // empty: none
};

struct MatchOr : Pattern {
  MatchOr() : Pattern(PatternKind::MatchOr) {}
  PatternList patterns;
};

struct MatchCase {
  PatternPtr pattern;
  ExprPtr guard;  // may be null
  StmtList body;
};

struct Match : Stmt {
  Match() : Stmt(StmtKind::Match) {}
  ExprPtr subject;
  std::vector<MatchCase> cases;
};

struct Raise : Stmt {
  Raise() : Stmt(StmtKind::Raise) {}
  ExprPtr exc;    // may be null (bare raise)
  ExprPtr cause;  // may be null
};

struct ExceptHandler {
  ExprPtr type;      // may be null (bare except)
  std::string name;  // empty: no `as`
  StmtList body;
  Range range;
};

// Try and TryStar share this struct.
struct Try : Stmt {
  explicit Try(StmtKind k = StmtKind::Try) : Stmt(k) {}
  StmtList body;
  std::vector<ExceptHandler> handlers;
  StmtList orelse;
  StmtList finalbody;
};

struct Assert : Stmt {
  Assert() : Stmt(StmtKind::Assert) {}
  ExprPtr test;
  ExprPtr msg;  // may be null
};

struct Alias {
  std::string name;    // dotted for `import a.b`
  std::string asname;  // empty: none
  Range range;
};

struct Import : Stmt {
  Import() : Stmt(StmtKind::Import) {}
  std::vector<Alias> names;
};

struct ImportFrom : Stmt {
  ImportFrom() : Stmt(StmtKind::ImportFrom) {}
  std::string module;  // may be empty for `from . import x`
  std::vector<Alias> names;  // `*` is one alias named "*"
  int level = 0;
};

struct Global : Stmt {
  Global() : Stmt(StmtKind::Global) {}
  std::vector<std::string> names;
};

struct Nonlocal : Stmt {
  Nonlocal() : Stmt(StmtKind::Nonlocal) {}
  std::vector<std::string> names;
};

struct ExprStmt : Stmt {
  ExprStmt() : Stmt(StmtKind::Expr) {}
  ExprPtr value;
};

struct Pass : Stmt {
  Pass() : Stmt(StmtKind::Pass) {}
};
struct Break : Stmt {
  Break() : Stmt(StmtKind::Break) {}
};
struct Continue : Stmt {
  Continue() : Stmt(StmtKind::Continue) {}
};

struct Module {
  StmtList body;
};

}  // namespace py::ast
