#include "parser.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <utility>

#include "num/float_format.hpp"
#include "unicode_names.hpp"

namespace py {
namespace {

using namespace ast;

constexpr std::string_view kKeywords[] = {
    "False", "None",     "True",  "and",    "as",   "assert", "async",  "await",    "break",
    "class", "continue", "def",   "del",    "elif", "else",   "except", "finally",  "for",
    "from",  "global",   "if",    "import", "in",   "is",     "lambda", "nonlocal", "not",
    "or",    "pass",     "raise", "return", "try",  "while",  "with",   "yield"};

bool is_keyword(std::string_view name) {
  for (std::string_view k : kKeywords)
    if (k.size() == name.size() && k[0] == name[0] && k == name) return true;
  return false;
}

// How errors propagate, without C++ exceptions (the wasm build compiles this file with
// -fignore-exceptions, as the other cold sources): the function that finds the error records it
// once (Parser::fail) and returns its empty value (a null node, false, nullopt); every caller
// returns at once with its own (TRY), up to parse_module. The AST's unique_ptrs free what was
// built on the way out. Only two places pick up again after a failure, as CPython's grammar
// backtracks: `with (` that turns out to be an expression, and the try-parse of "Perhaps you
// forgot a comma?".
//
// What fail() returns: it converts to the empty value of whatever the failing parse function
// returns, so that `return fail(...)` fits all of them.
struct [[nodiscard]] Failed {
  template <class T>
  operator T() const {
    return T{};
  }
};

// Returns from the calling parse function with its empty value when `ok` (a node, a bool, an
// optional) is empty: the error is already recorded.
#define TRY(ok)                 \
  do {                          \
    if (!(ok)) return Failed{}; \
  } while (false)

// Nesting levels of expressions and blocks before the parser gives up with a RecursionError,
// far below what the native stack (and wasm's) can hold.
constexpr int kMaxDepth = 1000;

// Where the tokens of an f-string's expression sit in the enclosing source.
struct Shift {
  std::uint32_t line = 0;    // added to every line (the expression's first line - 1)
  std::uint32_t column = 0;  // added to columns on the first line
};

class Parser {
 public:
  Parser(std::vector<Token> tokens, std::optional<SyntaxErrorInfo> lex_error,
         SourcePosition last_line_end)
      : tokens_(std::move(tokens)),
        lex_error_(std::move(lex_error)),
        last_line_end_(last_line_end) {
    // A tokenizer error leaves the stream cut short; an EndMarker stands for the error.
    if (tokens_.empty() || tokens_.back().kind != TokenKind::EndMarker) {
      Token end;
      end.kind = TokenKind::EndMarker;
      if (!tokens_.empty()) end.start = end.end = tokens_.back().end;
      tokens_.push_back(end);
    }
  }

  // Null on error, then in `error`.
  std::unique_ptr<Module> module() {
    auto m = std::make_unique<Module>();
    while (!at(TokenKind::EndMarker)) {
      if (at(TokenKind::Newline)) {
        take();
        continue;
      }
      TRY(statement(m->body));
    }
    if (lex_error_) return raise_lex_error();
    return m;
  }

  // The expression of an f-string replacement field: the whole token stream is `( expr )`.
  ExprPtr fstring_expression() {
    TRY(expect(TokenKind::LPar));
    bracket_level_ = 1;
    ExprPtr e = at_keyword("yield") ? yield_expression() : star_expressions();
    TRY(e);
    if (!at(TokenKind::RPar)) return invalid_syntax();
    take();
    if (lex_error_) return raise_lex_error();
    return e;
  }

  SyntaxErrorInfo error;
  bool failed() const { return failed_; }

  // The error CPython reports when the parse failed: a tokenizer error wins over the parser's
  // if pegen fetched the token where the tokenizer failed (it raises then), and otherwise if
  // it sets an exception when pegen tokenizes the rest of the source after a syntax error
  // (_PyPegen_tokenize_full_source_to_check_for_errors). Some tokenizer errors are only a
  // state, not an exception: an inconsistent dedent, a character after a line continuation,
  // a stray `$` or `?` (a token the grammar rejects), and a bracket left open at the end, where
  // "'(' was never closed" wins if pegen had fetched a token on a later line than the bracket's.
  const SyntaxErrorInfo& reported_error() const {
    if (!lex_error_) return error;
    if (furthest_peek_ + 1 >= tokens_.size()) return *lex_error_;  // looked at the EndMarker
    const std::string& message = lex_error_->message;
    if (message.find("was never closed") != std::string::npos)
      return tokens_[furthest_peek_].start.line > lex_error_->start.line ? *lex_error_ : error;
    if (message == "invalid syntax" || message.starts_with("unindent does not match") ||
        message.starts_with("unexpected character after line continuation"))
      return error;
    return *lex_error_;
  }

 private:
  // ---- Tokens --------------------------------------------------------------------------------
  const Token& peek(std::size_t ahead = 0) const {
    std::size_t i = pos_ + ahead;
    if (i > furthest_peek_) furthest_peek_ = i;
    return i < tokens_.size() ? tokens_[i] : tokens_.back();
  }
  bool at(TokenKind kind) const { return peek().kind == kind; }
  // Keywords are literals: their length is known here, where a string_view made from one would
  // call strlen (this file is compiled at -Oz, which inlines neither that constructor nor
  // operator==), and the length and first letter rule most names out before a comparison.
  template <std::size_t N>
  bool at_keyword(const char (&word)[N], std::size_t ahead = 0) const {
    return keyword_at(std::string_view(word, N - 1), ahead);
  }
  bool keyword_at(std::string_view word, std::size_t ahead) const {
    const Token& t = peek(ahead);
    return t.kind == TokenKind::Name && t.text.size() == word.size() && t.text[0] == word[0] &&
           t.text == word;
  }
  // Callers look at the token first, so this never takes the EndMarker; if one did, the
  // tokenizer's error would still be recorded (parse_module checks failed_).
  Token take() {
    const Token& t = peek();
    if (t.kind == TokenKind::EndMarker && lex_error_) (void)raise_lex_error();
    if (pos_ < tokens_.size()) ++pos_;
    last_end_ = t.end;
    return t;
  }
  // `for` or `async for`: a comprehension clause starts here.
  bool at_comprehension() const {
    return at_keyword("for") || (at_keyword("async") && at_keyword("for", 1));
  }
  bool accept(TokenKind kind) {
    if (!at(kind)) return false;
    take();
    return true;
  }
  template <std::size_t N>
  bool accept_keyword(const char (&word)[N]) {
    if (!at_keyword(word)) return false;
    take();
    return true;
  }
  [[nodiscard]] bool expect(TokenKind kind) {
    if (!at(kind)) return invalid_syntax();
    take();
    return true;
  }
  template <std::size_t N>
  [[nodiscard]] bool expect_keyword(const char (&word)[N]) {
    if (!at_keyword(word)) return invalid_syntax();
    take();
    return true;
  }
  // "expected ':'" sits just after the previous token, as CPython reports it.
  [[nodiscard]] bool expect_colon() {
    if (at(TokenKind::Colon)) {
      take();
      return true;
    }
    if (at(TokenKind::EndMarker) && lex_error_) return raise_lex_error();
    return fail("expected ':'", last_end_, last_end_);
  }

  // ---- Errors --------------------------------------------------------------------------------
  // Records the error; the first one recorded since the parse (or a backtrack) began wins.
  Failed fail(std::string message, SourcePosition start, SourcePosition end,
              std::string type = "SyntaxError") {
    if (!failed_) {
      failed_ = true;
      error.type = std::move(type);
      error.message = std::move(message);
      error.start = start;
      error.end = end;
    }
    return {};
  }
  Failed fail(std::string message, const Range& r) {
    return fail(std::move(message), {r.line, r.column}, {r.end_line, r.end_column});
  }
  Failed raise_lex_error() {
    if (!failed_) {
      failed_ = true;
      error = *lex_error_;
    }
    return {};
  }
  Failed invalid_syntax() {
    const Token& t = peek();
    if (t.kind == TokenKind::EndMarker && lex_error_) return raise_lex_error();
    if (t.kind == TokenKind::Indent) return unexpected_indent(t);
    if (t.kind == TokenKind::Dedent)
      return fail("unindent does not match any outer indentation level", t.start, t.end,
                  "IndentationError");
    SourcePosition end =
        (t.kind == TokenKind::Newline || t.kind == TokenKind::EndMarker) ? t.start : t.end;
    return fail("invalid syntax", t.start, end);
  }

  // CPython points at the last column of the indentation.
  Failed unexpected_indent(const Token& indent) {
    SourcePosition at{indent.end.line, indent.end.column > 0 ? indent.end.column - 1 : 0};
    return fail("unexpected indent", at, at, "IndentationError");
  }

  // Forgets a failure of the current try, to try another way from the saved position.
  void backtrack(std::size_t pos, SourcePosition last_end) {
    pos_ = pos;
    last_end_ = last_end;
    failed_ = false;
  }

  // Inside (), [] or {}: "Perhaps you forgot a comma?" applies. Restored on every exit, a
  // backtracking `with (` included.
  struct BracketGuard {
    explicit BracketGuard(Parser& p) : parser(p) { ++parser.bracket_level_; }
    ~BracketGuard() { --parser.bracket_level_; }
    Parser& parser;
  };

  // One level of nesting; past kMaxDepth, records the RecursionError and is not `ok`. That last
  // level then stays counted: so it did when this constructor threw, and the position of the
  // RecursionError re-reported after a `with (` backtrack depends on it.
  struct DepthGuard {
    explicit DepthGuard(Parser& p) : parser(p) {
      if (++parser.depth_ > kMaxDepth) {
        const Token& t = parser.peek();
        (void)parser.fail("maximum recursion depth exceeded during compilation", t.start, t.end,
                          "RecursionError");
        ok = false;
      }
    }
    ~DepthGuard() {
      if (ok) --parser.depth_;
    }
    Parser& parser;
    bool ok = true;
  };

  // ---- Node helpers --------------------------------------------------------------------------
  template <class T>
  std::unique_ptr<T> node(SourcePosition start) {
    auto n = std::make_unique<T>();
    n->range.line = start.line;
    n->range.column = start.column;
    return n;
  }
  template <class T>
  T finish(T n) {
    n->range.end_line = last_end_.line;
    n->range.end_column = last_end_.column;
    return n;
  }
  static SourcePosition start_of(const Expr& e) { return {e.range.line, e.range.column}; }
  static SourcePosition start_of(const Stmt& s) { return {s.range.line, s.range.column}; }
  static void set_end(Range& r, const Range& from) {
    r.end_line = from.end_line;
    r.end_column = from.end_column;
  }

  // ---- Statements ----------------------------------------------------------------------------
  [[nodiscard]] bool statement(StmtList& out) {
    DepthGuard guard(*this);
    TRY(guard.ok);
    const Token& t = peek();
    if (t.kind == TokenKind::Indent) return unexpected_indent(t);
    StmtPtr s;
    std::string_view w = t.kind == TokenKind::Name ? t.text : std::string_view();
    if (t.kind == TokenKind::At) {
      s = decorated();
    } else if (w == "def") {
      s = function_def({}, t.start, false);
    } else if (w == "class") {
      s = class_def({}, t.start);
    } else if (w == "if") {
      s = if_statement();
    } else if (w == "while") {
      s = while_statement();
    } else if (w == "for") {
      s = for_statement(t.start, false);
    } else if (w == "try") {
      s = try_statement();
    } else if (w == "with") {
      s = with_statement(t.start, false);
    } else if (w == "match" && match_follows() != MatchLookahead::No) {
      if (match_lookahead_ == MatchLookahead::MissingColon) return match_missing_colon(out);
      s = match_statement();
    } else if (w == "async") {
      const Token& next = peek(1);
      std::string_view n = next.kind == TokenKind::Name ? next.text : std::string_view();
      SourcePosition start = t.start;
      take();
      if (n == "def")
        s = function_def({}, start, true);
      else if (n == "for")
        s = for_statement(start, true);
      else if (n == "with")
        s = with_statement(start, true);
      else
        return invalid_syntax();
    } else {
      return simple_statements(out);
    }
    TRY(s);
    out.push_back(std::move(s));
    return true;
  }

  [[nodiscard]] bool simple_statements(StmtList& out) {
    for (;;) {
      StmtPtr s = simple_statement();
      TRY(s);
      out.push_back(std::move(s));
      if (!accept(TokenKind::Semi)) break;
      if (at(TokenKind::Newline) || at(TokenKind::EndMarker)) break;
    }
    if (at(TokenKind::EndMarker)) {
      if (lex_error_) return raise_lex_error();
      return true;
    }
    if (!at(TokenKind::Newline)) {
      // `print "hello"`: the statement is a lone name followed by more.
      if (!out.empty() && out.back()->kind == StmtKind::Expr) {
        auto& value = static_cast<ExprStmt&>(*out.back()).value;
        if (value->kind == ExprKind::Name && static_cast<Name&>(*value).id == "print" &&
            starts_expression()) {
          SourcePosition start = start_of(*value);
          std::size_t i = pos_;
          while (tokens_[i].kind != TokenKind::Newline && tokens_[i].kind != TokenKind::EndMarker)
            ++i;
          return fail("Missing parentheses in call to 'print'. Did you mean print(...)?", start,
                      tokens_[i - 1].end);
        }
      }
      return invalid_syntax();
    }
    take();
    return true;
  }

  bool starts_expression() const {
    const Token& t = peek();
    switch (t.kind) {
      case TokenKind::Name:
        return !is_keyword(t.text) || t.text == "None" || t.text == "True" || t.text == "False" ||
               t.text == "not" || t.text == "lambda" || t.text == "await";
      case TokenKind::Number:
      case TokenKind::String:
      case TokenKind::LPar:
      case TokenKind::LSqb:
      case TokenKind::LBrace:
      case TokenKind::Minus:
      case TokenKind::Plus:
      case TokenKind::Tilde:
      case TokenKind::Ellipsis:
        return true;
      default:
        return false;
    }
  }

  StmtPtr simple_statement() {
    const Token t = peek();
    SourcePosition start = t.start;
    if (t.kind == TokenKind::Name) {
      std::string_view w = t.text;
      if (w == "pass") {
        take();
        return finish(node<Pass>(start));
      }
      if (w == "break") {
        take();
        return finish(node<Break>(start));
      }
      if (w == "continue") {
        take();
        return finish(node<Continue>(start));
      }
      if (w == "return") {
        take();
        auto r = node<Return>(start);
        if (!at_simple_end()) TRY(r->value = star_expressions());
        return finish(std::move(r));
      }
      if (w == "raise") {
        take();
        auto r = node<Raise>(start);
        if (!at_simple_end()) {
          TRY(r->exc = expression());
          if (accept_keyword("from")) TRY(r->cause = expression());
        }
        return finish(std::move(r));
      }
      if (w == "global" || w == "nonlocal") {
        take();
        std::vector<std::string> names;
        do {
          TRY(name_token(names.emplace_back()));
        } while (accept(TokenKind::Comma));
        if (w == "global") {
          auto g = node<Global>(start);
          g->names = std::move(names);
          return finish(std::move(g));
        }
        auto n = node<Nonlocal>(start);
        n->names = std::move(names);
        return finish(std::move(n));
      }
      if (w == "del") {
        take();
        auto d = node<Delete>(start);
        do {
          if (at_simple_end()) break;
          ExprPtr target = bitwise_or();
          TRY(target);
          TRY(set_context(*target, ExprContext::Del, TargetUse::Delete));
          d->targets.push_back(std::move(target));
        } while (accept(TokenKind::Comma));
        if (d->targets.empty()) return invalid_syntax();
        return finish(std::move(d));
      }
      if (w == "assert") {
        take();
        auto a = node<Assert>(start);
        TRY(a->test = expression());
        if (accept(TokenKind::Comma)) TRY(a->msg = expression());
        return finish(std::move(a));
      }
      if (w == "import") return import_statement();
      if (w == "from") return from_import();
    }
    return expression_statement();
  }

  bool at_simple_end() const {
    return at(TokenKind::Newline) || at(TokenKind::Semi) || at(TokenKind::EndMarker);
  }

  [[nodiscard]] bool name_token(std::string& name) {
    const Token& t = peek();
    if (t.kind != TokenKind::Name || is_keyword(t.text)) return invalid_syntax();
    take();
    name = std::string(t.text);
    return true;
  }

  [[nodiscard]] bool dotted_name(std::string& name) {
    TRY(name_token(name));
    while (accept(TokenKind::Dot)) {
      std::string part;
      TRY(name_token(part));
      name += "." + part;
    }
    return true;
  }

  StmtPtr import_statement() {
    SourcePosition start = take().start;
    auto imp = node<Import>(start);
    do {
      Alias alias;
      SourcePosition a = peek().start;
      TRY(dotted_name(alias.name));
      if (accept_keyword("as")) TRY(name_token(alias.asname));
      alias.range = {a.line, a.column, last_end_.line, last_end_.column};
      imp->names.push_back(std::move(alias));
    } while (accept(TokenKind::Comma));
    return finish(std::move(imp));
  }

  StmtPtr from_import() {
    SourcePosition start = take().start;
    auto imp = node<ImportFrom>(start);
    for (;;) {
      if (accept(TokenKind::Dot)) {
        imp->level += 1;
      } else if (accept(TokenKind::Ellipsis)) {
        imp->level += 3;
      } else {
        break;
      }
    }
    if (!at_keyword("import")) TRY(dotted_name(imp->module));
    TRY(expect_keyword("import"));
    if (at(TokenKind::Star)) {
      Alias alias;
      Token star = take();
      alias.name = "*";
      alias.range = {star.start.line, star.start.column, star.end.line, star.end.column};
      imp->names.push_back(std::move(alias));
      return finish(std::move(imp));
    }
    bool parenthesized = accept(TokenKind::LPar);
    do {
      if (parenthesized && at(TokenKind::RPar)) break;
      if (!parenthesized && !imp->names.empty() && at_simple_end())
        return fail("trailing comma not allowed without surrounding parentheses", peek().start,
                    peek().start);
      Alias alias;
      SourcePosition a = peek().start;
      TRY(name_token(alias.name));
      if (accept_keyword("as")) TRY(name_token(alias.asname));
      alias.range = {a.line, a.column, last_end_.line, last_end_.column};
      imp->names.push_back(std::move(alias));
    } while (accept(TokenKind::Comma));
    if (imp->names.empty()) return invalid_syntax();
    if (parenthesized) TRY(expect(TokenKind::RPar));
    return finish(std::move(imp));
  }

  static bool is_augassign(TokenKind k, Operator& op) {
    switch (k) {
      case TokenKind::PlusEqual:
        op = Operator::Add;
        return true;
      case TokenKind::MinEqual:
        op = Operator::Sub;
        return true;
      case TokenKind::StarEqual:
        op = Operator::Mult;
        return true;
      case TokenKind::AtEqual:
        op = Operator::MatMult;
        return true;
      case TokenKind::SlashEqual:
        op = Operator::Div;
        return true;
      case TokenKind::PercentEqual:
        op = Operator::Mod;
        return true;
      case TokenKind::AmperEqual:
        op = Operator::BitAnd;
        return true;
      case TokenKind::VBarEqual:
        op = Operator::BitOr;
        return true;
      case TokenKind::CircumflexEqual:
        op = Operator::BitXor;
        return true;
      case TokenKind::LeftShiftEqual:
        op = Operator::LShift;
        return true;
      case TokenKind::RightShiftEqual:
        op = Operator::RShift;
        return true;
      case TokenKind::DoubleStarEqual:
        op = Operator::Pow;
        return true;
      case TokenKind::DoubleSlashEqual:
        op = Operator::FloorDiv;
        return true;
      default:
        return false;
    }
  }

  ExprPtr assignment_value() {
    return at_keyword("yield") ? yield_expression() : star_expressions();
  }

  StmtPtr expression_statement() {
    SourcePosition start = peek().start;
    ExprPtr first = assignment_value();
    TRY(first);
    Operator op;
    if (at(TokenKind::Colon)) {
      // Annotated assignment.
      take();
      auto a = node<AnnAssign>(start);
      if (first->kind == ExprKind::Tuple)
        return fail("only single target (not tuple) can be annotated", first->range);
      if (first->kind == ExprKind::List)
        return fail("only single target (not list) can be annotated", first->range);
      if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
          first->kind != ExprKind::Subscript)
        return fail("illegal target for annotation", first->range);
      a->simple = first->kind == ExprKind::Name && !first->parenthesized;
      TRY(set_context(*first, ExprContext::Store, TargetUse::Assign));
      a->target = std::move(first);
      TRY(a->annotation = expression());
      if (accept(TokenKind::Equal)) TRY(a->value = assignment_value());
      return finish(std::move(a));
    }
    if (is_augassign(peek().kind, op)) {
      take();
      if (first->kind != ExprKind::Name && first->kind != ExprKind::Attribute &&
          first->kind != ExprKind::Subscript) {
        return fail("'" + std::string(target_description(*first)) +
                        "' is an illegal expression for augmented assignment",
                    first->range);
      }
      TRY(set_context(*first, ExprContext::Store, TargetUse::Assign));
      auto a = node<AugAssign>(start);
      a->target = std::move(first);
      a->op = op;
      TRY(a->value = assignment_value());
      return finish(std::move(a));
    }
    if (at(TokenKind::Equal)) {
      auto a = node<Assign>(start);
      std::vector<ExprPtr> chain;
      chain.push_back(std::move(first));
      while (accept(TokenKind::Equal)) TRY(chain.emplace_back(assignment_value()));
      for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
        // CPython suggests '==' only for `target = value` with a simple invalid target.
        bool suggest = chain.size() == 2 && is_bitwise_or_level(*chain[i]);
        TRY(set_context(*chain[i], ExprContext::Store, TargetUse::Assign, suggest));
        a->targets.push_back(std::move(chain[i]));
      }
      a->value = std::move(chain.back());
      return finish(std::move(a));
    }
    auto s = node<ExprStmt>(start);
    s->value = std::move(first);
    return finish(std::move(s));
  }

  // ---- Targets -------------------------------------------------------------------------------
  static bool is_bitwise_or_level(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Compare:
      case ExprKind::BoolOp:
      case ExprKind::IfExp:
      case ExprKind::Lambda:
      case ExprKind::NamedExpr:
      case ExprKind::Tuple:
      case ExprKind::List:
      case ExprKind::GeneratorExp:
        return false;
      case ExprKind::UnaryOp:
        return static_cast<const UnaryOp&>(e).op != UnaryOperator::Not;
      default:
        return true;
    }
  }
  enum class TargetUse { Assign, Delete, For, With, Comprehension, NamedExpr };

  static const char* target_description(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Call:
        return "function call";
      case ExprKind::Constant: {
        auto& c = static_cast<const Constant&>(e);
        if (c.value_kind == ConstantKind::True) return "True";
        if (c.value_kind == ConstantKind::False) return "False";
        if (c.value_kind == ConstantKind::None) return "None";
        if (c.value_kind == ConstantKind::Ellipsis) return "ellipsis";
        return "literal";
      }
      case ExprKind::Compare:
        return "comparison";
      case ExprKind::Lambda:
        return "lambda";
      case ExprKind::IfExp:
        return "conditional expression";
      case ExprKind::Dict:
        return "dict literal";
      case ExprKind::Set:
        return "set display";
      case ExprKind::ListComp:
        return "list comprehension";
      case ExprKind::SetComp:
        return "set comprehension";
      case ExprKind::DictComp:
        return "dict comprehension";
      case ExprKind::GeneratorExp:
        return "generator expression";
      case ExprKind::JoinedStr:
      case ExprKind::FormattedValue:
        return "f-string expression";
      case ExprKind::Await:
        return "await expression";
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
        return "yield expression";
      case ExprKind::NamedExpr:
        return "named expression";
      case ExprKind::Tuple:
        return "tuple";
      case ExprKind::List:
        return "list";
      case ExprKind::Starred:
        return "starred";
      case ExprKind::Slice:
        return "slice";
      default:
        return "expression";
    }
  }

  [[nodiscard]] bool set_context(Expr& e, ExprContext ctx, TargetUse use, bool top = false) {
    switch (e.kind) {
      case ExprKind::Name: {
        static_cast<Name&>(e).ctx = ctx;
        return true;
      }
      case ExprKind::Attribute:
        static_cast<Attribute&>(e).ctx = ctx;
        return true;
      case ExprKind::Subscript:
        static_cast<Subscript&>(e).ctx = ctx;
        return true;
      case ExprKind::Starred:
        if (use == TargetUse::Delete) break;
        static_cast<Starred&>(e).ctx = ctx;
        return set_context(*static_cast<Starred&>(e).value, ctx, use);
      case ExprKind::Tuple:
      case ExprKind::List: {
        auto& elts =
            e.kind == ExprKind::Tuple ? static_cast<Tuple&>(e).elts : static_cast<List&>(e).elts;
        if (e.kind == ExprKind::Tuple)
          static_cast<Tuple&>(e).ctx = ctx;
        else
          static_cast<List&>(e).ctx = ctx;
        bool starred = false;
        for (auto& elt : elts) {
          if (elt->kind == ExprKind::Starred && use != TargetUse::Delete) {
            if (starred) return fail("multiple starred expressions in assignment", e.range);
            starred = true;
          }
          TRY(set_context(*elt, ctx, use));
        }
        return true;
      }
      default:
        break;
    }
    if (e.kind == ExprKind::Yield || e.kind == ExprKind::YieldFrom) {
      if (use == TargetUse::Delete) return fail("cannot delete yield expression", e.range);
      return fail("assignment to yield expression not possible", e.range);
    }
    std::string what = target_description(e);
    if (use == TargetUse::Delete) return fail("cannot delete " + what, e.range);
    if (use == TargetUse::NamedExpr)
      return fail("cannot use assignment expressions with " + what, e.range);
    bool keyword_constant = what == "True" || what == "False" || what == "None";
    if (top && use == TargetUse::Assign && !keyword_constant)
      return fail("cannot assign to " + what + " here. Maybe you meant '==' instead of '='?",
                  e.range);
    return fail("cannot assign to " + what, e.range);
  }

  // star_targets as `for` and comprehensions write them: stops before `in`.
  ExprPtr star_targets() {
    SourcePosition start = peek().start;
    ExprPtr first = star_target();
    TRY(first);
    if (!at(TokenKind::Comma)) return first;
    auto t = node<Tuple>(start);
    t->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
      if (at_keyword("in") || at(TokenKind::Equal) || at(TokenKind::RPar)) break;
      TRY(t->elts.emplace_back(star_target()));
    }
    return finish(std::move(t));
  }
  ExprPtr star_target() {
    if (at(TokenKind::Star)) {
      SourcePosition start = take().start;
      auto s = node<Starred>(start);
      TRY(s->value = bitwise_or());
      return finish(std::move(s));
    }
    return bitwise_or();
  }

  // ---- Compound statements -------------------------------------------------------------------
  // `:` then a block; `what` names the statement for "expected an indented block after ...".
  [[nodiscard]] bool block(const std::string& what, std::uint32_t line, StmtList& body) {
    // After these headers CPython 3.11 says "expected ':'" only where the line ends (its
    // invalid_*_stmt rules); another token there is plain invalid syntax.
    if (!at(TokenKind::Colon) && !at(TokenKind::Newline) &&
        (what == "'if' statement" || what == "'elif' statement" || what == "'while' statement" ||
         what == "'for' statement" || what == "'with' statement" || what == "'except' statement"))
      return invalid_syntax();
    TRY(expect_colon());
    if (!at(TokenKind::Newline)) return simple_statements(body);
    take();
    if (!at(TokenKind::Indent)) {
      if (at(TokenKind::EndMarker) && lex_error_) return raise_lex_error();
      const Token& t = peek();
      // At the end of the file CPython points at the end of the last line.
      const bool at_end = t.kind == TokenKind::EndMarker;
      const SourcePosition end = at_end ? last_line_end() : t.end;
      return fail("expected an indented block after " + what + " on line " + std::to_string(line),
                  at_end ? end : t.start, end, "IndentationError");
    }
    take();
    while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker)) {
      if (at(TokenKind::Newline)) {
        take();
        continue;
      }
      TRY(statement(body));
    }
    accept(TokenKind::Dedent);
    return true;
  }

  // ---- The match statement (soft keywords `match`, `case`, `_`) ------------------------------
  // `match` starts a statement when a subject expression and a `:` follow it (CPython's
  // match_stmt rule, tried before the expression statement); otherwise it is a name.
  enum class MatchLookahead { No, Yes, MissingColon };
  MatchLookahead match_lookahead_ = MatchLookahead::No;
  SourcePosition match_subject_end_;

  MatchLookahead match_follows() {
    match_lookahead_ = MatchLookahead::No;
    std::size_t pos = pos_;
    SourcePosition last_end = last_end_;
    take();
    if (starts_expression() || at(TokenKind::Star)) {
      if (subject_expression()) {
        if (at(TokenKind::Colon))
          match_lookahead_ = MatchLookahead::Yes;
        else if (at(TokenKind::Newline))
          match_lookahead_ = MatchLookahead::MissingColon;
        match_subject_end_ = last_end_;
      }
    }
    backtrack(pos, last_end);
    return match_lookahead_;
  }

  // `match x` then a newline: an expression statement if it is one (`match (x)`), else CPython's
  // invalid_match_stmt, "expected ':'".
  [[nodiscard]] bool match_missing_colon(StmtList& out) {
    std::size_t pos = pos_;
    SourcePosition last_end = last_end_;
    SourcePosition colon_at = match_subject_end_;
    if (simple_statements(out)) return true;
    if (error.type != "SyntaxError" || error.message != "invalid syntax") return false;
    backtrack(pos, last_end);
    return fail("expected ':'", colon_at, colon_at);
  }

  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  ExprPtr subject_expression() {
    SourcePosition start = peek().start;
    ExprPtr first = star_named_expression();
    TRY(first);
    if (!at(TokenKind::Comma)) {
      if (first->kind == ExprKind::Starred) return invalid_syntax();
      return first;
    }
    auto t = node<Tuple>(start);
    t->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
      if (!starts_expression() && !at(TokenKind::Star)) break;
      TRY(t->elts.emplace_back(star_named_expression()));
    }
    return finish(std::move(t));
  }

  StmtPtr match_statement() {
    Token keyword = take();
    auto m = node<Match>(keyword.start);
    TRY(m->subject = subject_expression());
    TRY(expect_colon());
    if (!at(TokenKind::Newline)) return invalid_syntax();
    take();
    if (!at(TokenKind::Indent)) {
      if (at(TokenKind::EndMarker) && lex_error_) return raise_lex_error();
      const Token& t = peek();
      SourcePosition end = t.kind == TokenKind::EndMarker ? t.start : t.end;
      return fail("expected an indented block after 'match' statement on line " +
                      std::to_string(keyword.start.line),
                  t.start, end, "IndentationError");
    }
    take();
    while (!at(TokenKind::Dedent) && !at(TokenKind::EndMarker)) {
      if (at(TokenKind::Newline)) {
        take();
        continue;
      }
      if (!at_keyword("case")) return invalid_syntax();
      Token case_keyword = take();
      MatchCase c;
      TRY(c.pattern = patterns());
      if (accept_keyword("if")) TRY(c.guard = named_expression());
      TRY(block("'case' statement", case_keyword.start.line, c.body));
      if (!c.body.empty()) set_end(m->range, c.body.back()->range);
      m->cases.push_back(std::move(c));
    }
    accept(TokenKind::Dedent);
    if (m->cases.empty()) return invalid_syntax();
    return m;
  }

  template <class T>
  std::unique_ptr<T> pattern_node(SourcePosition start) {
    auto n = std::make_unique<T>();
    n->range.line = start.line;
    n->range.column = start.column;
    return n;
  }
  template <class T>
  T finish_pattern(T n) {
    n->range.end_line = last_end_.line;
    n->range.end_column = last_end_.column;
    return n;
  }

  // Can the current token start a pattern (or a star pattern)?
  bool starts_pattern() const {
    const Token& t = peek();
    switch (t.kind) {
      case TokenKind::Name:
        return !is_keyword(t.text) || t.text == "None" || t.text == "True" || t.text == "False";
      case TokenKind::Number:
      case TokenKind::String:
      case TokenKind::LPar:
      case TokenKind::LSqb:
      case TokenKind::LBrace:
      case TokenKind::Minus:
      case TokenKind::Star:
        return true;
      default:
        return false;
    }
  }

  // patterns: open_sequence_pattern | pattern
  PatternPtr patterns() {
    SourcePosition start = peek().start;
    PatternPtr first = maybe_star_pattern();
    TRY(first);
    if (!at(TokenKind::Comma)) {
      if (first->kind == PatternKind::MatchStar) return invalid_syntax();
      return first;
    }
    auto seq = pattern_node<MatchSequence>(start);
    seq->patterns.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
      if (!starts_pattern()) break;
      TRY(seq->patterns.emplace_back(maybe_star_pattern()));
    }
    return finish_pattern(std::move(seq));
  }

  PatternPtr maybe_star_pattern() {
    if (!at(TokenKind::Star)) return pattern();
    SourcePosition start = take().start;
    auto star = pattern_node<MatchStar>(start);
    TRY(capture_target(star->name, true));
    return finish_pattern(std::move(star));
  }

  // pattern_capture_target: !"_" NAME !('.' | '(' | '='); `allow_wildcard` takes `_` (leaving
  // `name` empty), as star_pattern does.
  [[nodiscard]] bool capture_target(std::string& name, bool allow_wildcard) {
    const Token& t = peek();
    if (t.kind != TokenKind::Name || is_keyword(t.text)) return invalid_syntax();
    if (t.text == "_" && !allow_wildcard) return invalid_syntax();
    Token n = take();
    if (at(TokenKind::Dot) || at(TokenKind::LPar) || at(TokenKind::Equal)) return invalid_syntax();
    if (n.text != "_") name = std::string(n.text);
    return true;
  }

  // pattern: or_pattern ['as' pattern_capture_target]
  PatternPtr pattern() {
    DepthGuard guard(*this);
    TRY(guard.ok);
    SourcePosition start = peek().start;
    PatternPtr p = or_pattern();
    TRY(p);
    if (!at_keyword("as")) return p;
    take();
    const Token& t = peek();
    if (t.kind == TokenKind::Name && t.text == "_")
      return fail("cannot use '_' as a target", t.start, t.end);
    if (t.kind != TokenKind::Name || is_keyword(t.text)) {
      if (!starts_expression()) return invalid_syntax();
      ExprPtr target = expression();
      TRY(target);
      return fail("invalid pattern target", target->range);
    }
    auto as = pattern_node<MatchAs>(start);
    as->pattern = std::move(p);
    TRY(capture_target(as->name, false));
    return finish_pattern(std::move(as));
  }

  PatternPtr or_pattern() {
    SourcePosition start = peek().start;
    PatternPtr first = closed_pattern();
    TRY(first);
    if (!at(TokenKind::VBar)) return first;
    auto alt = pattern_node<MatchOr>(start);
    alt->patterns.push_back(std::move(first));
    while (accept(TokenKind::VBar)) TRY(alt->patterns.emplace_back(closed_pattern()));
    return finish_pattern(std::move(alt));
  }

  // signed_number, or complex_number: signed_real_number ('+' | '-') imaginary_number.
  ExprPtr number_literal() {
    SourcePosition start = peek().start;
    ExprPtr left;
    if (at(TokenKind::Minus)) {
      take();
      if (!at(TokenKind::Number)) return invalid_syntax();
      auto u = node<UnaryOp>(start);
      u->op = UnaryOperator::USub;
      TRY(u->operand = number(take()));
      left = finish(std::move(u));
    } else {
      if (!at(TokenKind::Number)) return invalid_syntax();
      TRY(left = number(take()));
    }
    if (!at(TokenKind::Plus) && !at(TokenKind::Minus)) return left;
    const Expr& real =
        left->kind == ExprKind::UnaryOp ? *static_cast<const UnaryOp&>(*left).operand : *left;
    if (static_cast<const Constant&>(real).value_kind == ConstantKind::Complex)
      return fail("real number required in complex literal", left->range);
    Operator op = at(TokenKind::Plus) ? Operator::Add : Operator::Sub;
    take();
    if (!at(TokenKind::Number)) return invalid_syntax();
    ExprPtr right = number(take());
    TRY(right);
    if (static_cast<const Constant&>(*right).value_kind != ConstantKind::Complex)
      return fail("imaginary number required in complex literal", right->range);
    return binary(start, std::move(left), op, std::move(right));
  }

  // A string literal pattern or mapping key: no f-strings.
  ExprPtr string_literal() {
    ExprPtr e = strings();
    TRY(e);
    if (e->kind == ExprKind::JoinedStr)
      return fail("patterns may only match literals and attribute lookups", e->range);
    return e;
  }

  // name_or_attr: NAME ('.' NAME)*, as a Name or an Attribute chain.
  ExprPtr name_or_attr() {
    Token first = take();
    auto n = node<Name>(first.start);
    n->id = std::string(first.text);
    ExprPtr e = finish(std::move(n));
    while (at(TokenKind::Dot)) {
      take();
      const Token& t = peek();
      if (t.kind != TokenKind::Name || is_keyword(t.text)) return invalid_syntax();
      auto a = node<Attribute>(first.start);
      a->value = std::move(e);
      a->attr = std::string(take().text);
      e = finish(std::move(a));
    }
    return e;
  }

  PatternPtr closed_pattern() {
    DepthGuard guard(*this);
    TRY(guard.ok);
    const Token& t = peek();
    SourcePosition start = t.start;
    switch (t.kind) {
      case TokenKind::Number:
      case TokenKind::Minus: {
        auto v = pattern_node<MatchValue>(start);
        TRY(v->value = number_literal());
        return finish_pattern(std::move(v));
      }
      case TokenKind::String: {
        auto v = pattern_node<MatchValue>(start);
        TRY(v->value = string_literal());
        return finish_pattern(std::move(v));
      }
      case TokenKind::Name: {
        if (t.text == "None" || t.text == "True" || t.text == "False") {
          auto s = pattern_node<MatchSingleton>(start);
          s->value = t.text == "None"   ? ConstantKind::None
                     : t.text == "True" ? ConstantKind::True
                                        : ConstantKind::False;
          take();
          return finish_pattern(std::move(s));
        }
        if (is_keyword(t.text)) return invalid_syntax();
        ExprPtr name = name_or_attr();
        TRY(name);
        if (at(TokenKind::LPar)) return class_pattern(start, std::move(name));
        if (at(TokenKind::Equal)) return invalid_syntax();
        if (name->kind == ExprKind::Attribute) {
          auto v = pattern_node<MatchValue>(start);
          v->value = std::move(name);
          return finish_pattern(std::move(v));
        }
        auto as = pattern_node<MatchAs>(start);
        const std::string& id = static_cast<const Name&>(*name).id;
        if (id != "_") as->name = id;
        return finish_pattern(std::move(as));
      }
      case TokenKind::LPar: {
        take();
        BracketGuard bracket(*this);
        if (accept(TokenKind::RPar)) return finish_pattern(pattern_node<MatchSequence>(start));
        PatternPtr first = maybe_star_pattern();
        TRY(first);
        if (at(TokenKind::RPar) && first->kind != PatternKind::MatchStar) {
          take();
          return first;  // a group: the pattern itself
        }
        auto seq = pattern_node<MatchSequence>(start);
        seq->patterns.push_back(std::move(first));
        if (!at(TokenKind::Comma)) return invalid_syntax();
        while (accept(TokenKind::Comma)) {
          if (at(TokenKind::RPar)) break;
          TRY(seq->patterns.emplace_back(maybe_star_pattern()));
        }
        TRY(expect(TokenKind::RPar));
        return finish_pattern(std::move(seq));
      }
      case TokenKind::LSqb: {
        take();
        BracketGuard bracket(*this);
        auto seq = pattern_node<MatchSequence>(start);
        while (!at(TokenKind::RSqb)) {
          TRY(seq->patterns.emplace_back(maybe_star_pattern()));
          if (!accept(TokenKind::Comma)) break;
        }
        TRY(expect(TokenKind::RSqb));
        return finish_pattern(std::move(seq));
      }
      case TokenKind::LBrace:
        return mapping_pattern();
      default:
        return invalid_syntax();
    }
  }

  // A mapping key: literal_expr | attr.
  ExprPtr mapping_key() {
    const Token& t = peek();
    switch (t.kind) {
      case TokenKind::Number:
      case TokenKind::Minus:
        return number_literal();
      case TokenKind::String:
        return strings();  // an f-string is the compiler's error here, as in CPython
      case TokenKind::Name: {
        if (t.text == "None") return take(), constant(t.start, ConstantKind::None);
        if (t.text == "True") return take(), constant(t.start, ConstantKind::True);
        if (t.text == "False") return take(), constant(t.start, ConstantKind::False);
        if (is_keyword(t.text)) return invalid_syntax();
        ExprPtr e = name_or_attr();
        TRY(e);
        if (e->kind != ExprKind::Attribute) return invalid_syntax();
        return e;
      }
      default:
        return invalid_syntax();
    }
  }

  PatternPtr mapping_pattern() {
    SourcePosition start = take().start;
    BracketGuard bracket(*this);
    auto m = pattern_node<MatchMapping>(start);
    while (!at(TokenKind::RBrace)) {
      if (at(TokenKind::DoubleStar)) {
        take();
        TRY(capture_target(m->rest, false));
        accept(TokenKind::Comma);
        break;
      }
      TRY(m->keys.emplace_back(mapping_key()));
      if (!at(TokenKind::Colon)) return invalid_syntax();
      take();
      TRY(m->patterns.emplace_back(pattern()));
      if (!accept(TokenKind::Comma)) break;
    }
    TRY(expect(TokenKind::RBrace));
    return finish_pattern(std::move(m));
  }

  bool at_keyword_pattern() const {
    const Token& t = peek();
    return t.kind == TokenKind::Name && !is_keyword(t.text) && peek(1).kind == TokenKind::Equal;
  }

  PatternPtr class_pattern(SourcePosition start, ExprPtr cls) {
    take();  // (
    BracketGuard bracket(*this);
    auto c = pattern_node<MatchClass>(start);
    c->cls = std::move(cls);
    while (!at(TokenKind::RPar)) {
      if (at_keyword_pattern()) {
        c->kwd_attrs.emplace_back(take().text);
        take();  // =
        TRY(c->kwd_patterns.emplace_back(pattern()));
      } else if (!c->kwd_attrs.empty()) {
        // invalid_class_argument_pattern: the run of positional patterns after a keyword one.
        PatternPtr first = pattern();
        TRY(first);
        Range range = first->range;
        while (at(TokenKind::Comma) && !at_keyword_pattern()) {
          std::size_t pos = pos_;
          take();
          if (at(TokenKind::RPar) || at_keyword_pattern()) {
            pos_ = pos;
            break;
          }
          PatternPtr next = pattern();
          TRY(next);
          set_end(range, next->range);
        }
        return fail("positional patterns follow keyword patterns", range);
      } else {
        TRY(c->patterns.emplace_back(pattern()));
      }
      if (!accept(TokenKind::Comma)) break;
    }
    TRY(expect(TokenKind::RPar));
    return finish_pattern(std::move(c));
  }

  static void end_at_body(Stmt& s, const StmtList& body) {
    if (!body.empty()) set_end(s.range, body.back()->range);
  }

  StmtPtr decorated() {
    ExprList decorators;
    while (at(TokenKind::At)) {
      take();
      TRY(decorators.emplace_back(named_expression()));
      TRY(expect(TokenKind::Newline));
    }
    const Token& t = peek();
    if (at_keyword("def")) return function_def(std::move(decorators), t.start, false);
    if (at_keyword("class")) return class_def(std::move(decorators), t.start);
    if (at_keyword("async") && at_keyword("def", 1)) {
      SourcePosition start = take().start;
      return function_def(std::move(decorators), start, true);
    }
    return invalid_syntax();
  }

  StmtPtr function_def(ExprList decorators, SourcePosition start, bool is_async) {
    std::uint32_t line = peek().start.line;
    TRY(expect_keyword("def"));
    auto f = std::make_unique<FunctionDef>(is_async ? StmtKind::AsyncFunctionDef
                                                    : StmtKind::FunctionDef);
    f->range.line = start.line;
    f->range.column = start.column;
    TRY(name_token(f->name));
    if (!at(TokenKind::LPar)) return fail("expected '('", peek().start, peek().end);
    take();
    TRY(parameters(f->args, TokenKind::RPar, true));
    TRY(expect(TokenKind::RPar));
    if (accept(TokenKind::RArrow)) TRY(f->returns = expression());
    f->decorator_list = std::move(decorators);
    TRY(block("function definition", line, f->body));
    end_at_body(*f, f->body);
    return f;
  }

  StmtPtr class_def(ExprList decorators, SourcePosition start) {
    std::uint32_t line = peek().start.line;
    TRY(expect_keyword("class"));
    auto c = node<ClassDef>(start);
    TRY(name_token(c->name));
    if (accept(TokenKind::LPar)) {
      TRY(call_arguments(c->bases, c->keywords));
      TRY(expect(TokenKind::RPar));
    }
    c->decorator_list = std::move(decorators);
    TRY(block("class definition", line, c->body));
    end_at_body(*c, c->body);
    return c;
  }

  // A condition of if/elif/while: `if x = 1:` gets CPython's hint.
  ExprPtr condition() {
    ExprPtr test = named_expression();
    TRY(test);
    if (at(TokenKind::Equal)) {
      SourcePosition start = start_of(*test);
      take();
      TRY(expression());
      return fail("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", start, last_end_);
    }
    return test;
  }

  StmtPtr if_statement() {
    Token keyword = take();  // if / elif
    std::string what = keyword.text == "if" ? "'if' statement" : "'elif' statement";
    auto s = node<If>(keyword.start);
    TRY(s->test = condition());
    TRY(block(what, keyword.start.line, s->body));
    end_at_body(*s, s->body);
    if (at_keyword("elif")) {
      TRY(s->orelse.emplace_back(if_statement()));
      set_end(s->range, s->orelse.back()->range);
    } else if (at_keyword("else")) {
      Token e = take();
      TRY(block("'else' statement", e.start.line, s->orelse));
      end_at_body(*s, s->orelse);
    }
    return s;
  }

  StmtPtr while_statement() {
    Token keyword = take();
    auto s = node<While>(keyword.start);
    TRY(s->test = condition());
    TRY(block("'while' statement", keyword.start.line, s->body));
    end_at_body(*s, s->body);
    if (at_keyword("else")) {
      Token e = take();
      TRY(block("'else' statement", e.start.line, s->orelse));
      end_at_body(*s, s->orelse);
    }
    return s;
  }

  StmtPtr for_statement(SourcePosition start, bool is_async) {
    std::uint32_t line = peek().start.line;
    TRY(expect_keyword("for"));
    auto s = std::make_unique<For>(is_async ? StmtKind::AsyncFor : StmtKind::For);
    s->range.line = start.line;
    s->range.column = start.column;
    TRY(s->target = star_targets());
    TRY(set_context(*s->target, ExprContext::Store, TargetUse::For));
    TRY(expect_keyword("in"));
    TRY(s->iter = star_expressions());
    TRY(block("'for' statement", line, s->body));
    end_at_body(*s, s->body);
    if (at_keyword("else")) {
      Token e = take();
      TRY(block("'else' statement", e.start.line, s->orelse));
      end_at_body(*s, s->orelse);
    }
    return s;
  }

  StmtPtr try_statement() {
    Token keyword = take();
    auto s = std::make_unique<Try>();
    s->range.line = keyword.start.line;
    s->range.column = keyword.start.column;
    TRY(block("'try' statement", keyword.start.line, s->body));
    end_at_body(*s, s->body);
    bool star = false;
    while (at_keyword("except")) {
      Token e = take();
      bool this_star = accept(TokenKind::Star);
      if (!s->handlers.empty() && this_star != star)
        return fail("cannot have both 'except' and 'except*' on the same 'try'", e.start, e.end);
      star = this_star;
      ExceptHandler h;
      h.range = {e.start.line, e.start.column, 0, 0};
      if (!at(TokenKind::Colon)) {
        SourcePosition type_start = peek().start;
        TRY(h.type = expression());
        if (at(TokenKind::Comma)) {
          take();
          TRY(expression());
          while (accept(TokenKind::Comma)) TRY(expression());
          return fail("multiple exception types must be parenthesized", type_start, last_end_);
        }
        if (accept_keyword("as")) TRY(name_token(h.name));
      } else if (this_star) {
        return fail("expected one or more exception types", peek().start, peek().end);
      }
      TRY(block(this_star ? "'except*' statement" : "'except' statement", e.start.line, h.body));
      if (!h.body.empty()) {
        h.range.end_line = h.body.back()->range.end_line;
        h.range.end_column = h.body.back()->range.end_column;
      }
      set_end(s->range, h.range);
      s->handlers.push_back(std::move(h));
    }
    if (star) s->kind = StmtKind::TryStar;
    if (at_keyword("else")) {
      if (s->handlers.empty()) return invalid_syntax();
      Token e = take();
      TRY(block("'else' statement", e.start.line, s->orelse));
      end_at_body(*s, s->orelse);
    }
    if (at_keyword("finally")) {
      Token f = take();
      TRY(block("'finally' statement", f.start.line, s->finalbody));
      end_at_body(*s, s->finalbody);
    }
    if (s->handlers.empty() && s->finalbody.empty()) {
      if (at(TokenKind::EndMarker) && lex_error_) return raise_lex_error();
      const Token& t = peek();
      if (t.kind == TokenKind::EndMarker) {
        const SourcePosition end = last_line_end();
        return fail("expected 'except' or 'finally' block", end, end);
      }
      SourcePosition end = t.kind == TokenKind::Newline ? t.start : t.end;
      return fail("expected 'except' or 'finally' block", t.start, end);
    }
    return s;
  }

  [[nodiscard]] bool with_item(WithItem& item) {
    TRY(item.context_expr = expression());
    if (accept_keyword("as")) {
      TRY(item.optional_vars = star_target());
      TRY(set_context(*item.optional_vars, ExprContext::Store, TargetUse::With));
    }
    return true;
  }

  StmtPtr with_statement(SourcePosition start, bool is_async) {
    std::uint32_t line = peek().start.line;
    TRY(expect_keyword("with"));
    auto s = std::make_unique<With>(is_async ? StmtKind::AsyncWith : StmtKind::With);
    s->range.line = start.line;
    s->range.column = start.column;
    bool parsed = false;
    if (at(TokenKind::LPar)) {
      // `with (a as b, c):` — tried first, as CPython's grammar does; else the parenthesis
      // belongs to an expression.
      std::size_t saved = pos_;
      SourcePosition saved_end = last_end_;
      take();
      std::vector<WithItem> items;
      bool ok = true;
      do {
        if (at(TokenKind::RPar)) break;
        ok = with_item(items.emplace_back());
      } while (ok && accept(TokenKind::Comma));
      // At least one item: `with ():` is the empty tuple as an expression.
      if (ok && !items.empty() && expect(TokenKind::RPar) && at(TokenKind::Colon)) {
        s->items = std::move(items);
        parsed = true;
      } else {
        backtrack(saved, saved_end);
      }
    }
    if (!parsed) {
      do {
        TRY(with_item(s->items.emplace_back()));
      } while (accept(TokenKind::Comma));
    }
    TRY(block("'with' statement", line, s->body));
    end_at_body(*s, s->body);
    return s;
  }

  // ---- Parameters ----------------------------------------------------------------------------
  [[nodiscard]] bool parameter(bool annotations, Arg& a) {
    SourcePosition start = peek().start;
    TRY(name_token(a.name));
    if (annotations && accept(TokenKind::Colon)) TRY(a.annotation = expression());
    a.range = {start.line, start.column, last_end_.line, last_end_.column};
    return true;
  }

  [[nodiscard]] bool parameters(Arguments& out, TokenKind closing, bool annotations) {
    bool after_star = false;
    bool bare_star = false;
    bool seen_default = false;
    bool after_kwarg = false;
    while (!at(closing)) {
      const Token& t = peek();
      if (after_kwarg) return fail("arguments cannot follow var-keyword argument", t.start, t.end);
      if (t.kind == TokenKind::Slash) {
        if (!out.posonlyargs.empty()) return fail("/ may appear only once", t.start, t.end);
        if (after_star) return fail("/ must be ahead of *", t.start, t.end);
        if (out.args.empty()) return fail("at least one argument must precede /", t.start, t.end);
        take();
        out.posonlyargs = std::move(out.args);
        out.args.clear();
      } else if (t.kind == TokenKind::Star) {
        if (after_star) return fail("* argument may appear only once", t.start, t.end);
        Token star = take();
        after_star = true;
        if (at(TokenKind::Comma) || at(closing)) {
          bare_star = true;
          if (at(closing) || (peek(1).kind == closing) || peek(1).kind == TokenKind::DoubleStar)
            return fail("named arguments must follow bare *", star.start, star.end);
        } else {
          out.vararg = std::make_unique<Arg>();
          TRY(parameter(annotations, *out.vararg));
        }
      } else if (t.kind == TokenKind::DoubleStar) {
        take();
        out.kwarg = std::make_unique<Arg>();
        TRY(parameter(annotations, *out.kwarg));
        after_kwarg = true;
      } else {
        Arg a;
        TRY(parameter(annotations, a));
        Range arg_range = a.range;
        ExprPtr default_value;
        if (accept(TokenKind::Equal)) TRY(default_value = expression());
        if (after_star) {
          out.kwonlyargs.push_back(std::move(a));
          out.kw_defaults.push_back(std::move(default_value));
        } else {
          if (default_value) {
            seen_default = true;
            out.defaults.push_back(std::move(default_value));
          } else if (seen_default) {
            return fail("non-default argument follows default argument", arg_range);
          }
          out.args.push_back(std::move(a));
        }
      }
      if (!accept(TokenKind::Comma)) break;
    }
    (void)bare_star;
    return true;
  }

  // ---- Expressions ---------------------------------------------------------------------------
  ExprPtr star_expressions() {
    SourcePosition start = peek().start;
    ExprPtr first = star_expression();
    TRY(first);
    if (!at(TokenKind::Comma)) return first;
    auto t = node<Tuple>(start);
    t->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
      if (!starts_expression() && !at(TokenKind::Star)) break;
      TRY(t->elts.emplace_back(star_expression()));
    }
    return finish(std::move(t));
  }

  ExprPtr star_expression() {
    if (at(TokenKind::Star)) {
      SourcePosition start = take().start;
      auto s = node<Starred>(start);
      TRY(s->value = bitwise_or());
      return finish(std::move(s));
    }
    return expression();
  }

  ExprPtr star_named_expression() {
    if (at(TokenKind::Star)) return star_expression();
    return named_expression();
  }

  ExprPtr named_expression() {
    if (peek().kind == TokenKind::Name && peek(1).kind == TokenKind::ColonEqual &&
        !is_keyword(peek().text)) {
      Token name = take();
      take();
      auto n = node<NamedExpr>(name.start);
      auto target = node<Name>(name.start);
      target->id = std::string(name.text);
      target->ctx = ExprContext::Store;
      target->range.end_line = name.end.line;
      target->range.end_column = name.end.column;
      n->target = std::move(target);
      TRY(n->value = expression());
      return finish(std::move(n));
    }
    ExprPtr e = expression();
    TRY(e);
    if (at(TokenKind::ColonEqual)) TRY(set_context(*e, ExprContext::Store, TargetUse::NamedExpr));
    return e;
  }

  ExprPtr expression() {
    DepthGuard guard(*this);
    TRY(guard.ok);
    if (at_keyword("lambda")) return lambda();
    SourcePosition start = peek().start;
    ExprPtr body = disjunction();
    TRY(body);
    if (!at_keyword("if")) return body;
    take();
    auto e = node<IfExp>(start);
    e->body = std::move(body);
    TRY(e->test = disjunction());
    if (!at_keyword("else")) return fail("expected 'else' after 'if' expression", start, last_end_);
    take();
    TRY(e->orelse = expression());
    return finish(std::move(e));
  }

  ExprPtr lambda() {
    SourcePosition start = take().start;
    auto l = node<Lambda>(start);
    TRY(parameters(l->args, TokenKind::Colon, false));
    TRY(expect(TokenKind::Colon));
    TRY(l->body = expression());
    return finish(std::move(l));
  }

  ExprPtr disjunction() {
    SourcePosition start = peek().start;
    ExprPtr first = conjunction();
    TRY(first);
    if (!at_keyword("or")) return first;
    auto b = node<BoolOp>(start);
    b->op = BoolOperator::Or;
    b->values.push_back(std::move(first));
    while (accept_keyword("or")) TRY(b->values.emplace_back(conjunction()));
    return finish(std::move(b));
  }

  ExprPtr conjunction() {
    SourcePosition start = peek().start;
    ExprPtr first = inversion();
    TRY(first);
    if (!at_keyword("and")) return first;
    auto b = node<BoolOp>(start);
    b->op = BoolOperator::And;
    b->values.push_back(std::move(first));
    while (accept_keyword("and")) TRY(b->values.emplace_back(inversion()));
    return finish(std::move(b));
  }

  ExprPtr inversion() {
    if (at_keyword("not")) {
      DepthGuard guard(*this);
      TRY(guard.ok);
      SourcePosition start = take().start;
      auto u = node<UnaryOp>(start);
      u->op = UnaryOperator::Not;
      TRY(u->operand = inversion());
      return finish(std::move(u));
    }
    return comparison();
  }

  bool comparison_operator(CompareOperator& op, int& width) const {
    const Token& t = peek();
    width = 1;
    switch (t.kind) {
      case TokenKind::EqEqual:
        op = CompareOperator::Eq;
        return true;
      case TokenKind::NotEqual:
        op = CompareOperator::NotEq;
        return true;
      case TokenKind::Less:
        op = CompareOperator::Lt;
        return true;
      case TokenKind::LessEqual:
        op = CompareOperator::LtE;
        return true;
      case TokenKind::Greater:
        op = CompareOperator::Gt;
        return true;
      case TokenKind::GreaterEqual:
        op = CompareOperator::GtE;
        return true;
      case TokenKind::Name:
        if (t.text == "in") {
          op = CompareOperator::In;
          return true;
        }
        if (t.text == "not" && at_keyword("in", 1)) {
          op = CompareOperator::NotIn;
          width = 2;
          return true;
        }
        if (t.text == "is") {
          if (at_keyword("not", 1)) {
            op = CompareOperator::IsNot;
            width = 2;
          } else {
            op = CompareOperator::Is;
          }
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  ExprPtr comparison() {
    SourcePosition start = peek().start;
    ExprPtr first = bitwise_or();
    TRY(first);
    CompareOperator op;
    int width;
    if (!comparison_operator(op, width)) return first;
    auto c = node<Compare>(start);
    c->left = std::move(first);
    while (comparison_operator(op, width)) {
      for (int i = 0; i < width; ++i) take();
      c->ops.push_back(op);
      TRY(c->comparators.emplace_back(bitwise_or()));
    }
    return finish(std::move(c));
  }

  // Null when the right operand failed.
  ExprPtr binary(SourcePosition start, ExprPtr left, Operator op, ExprPtr right) {
    TRY(right);
    auto b = node<BinOp>(start);
    b->left = std::move(left);
    b->op = op;
    b->right = std::move(right);
    return finish(std::move(b));
  }

  ExprPtr bitwise_or() {
    SourcePosition start = peek().start;
    ExprPtr left = bitwise_xor();
    TRY(left);
    while (accept(TokenKind::VBar))
      TRY(left = binary(start, std::move(left), Operator::BitOr, bitwise_xor()));
    return left;
  }
  ExprPtr bitwise_xor() {
    SourcePosition start = peek().start;
    ExprPtr left = bitwise_and();
    TRY(left);
    while (accept(TokenKind::Circumflex))
      TRY(left = binary(start, std::move(left), Operator::BitXor, bitwise_and()));
    return left;
  }
  ExprPtr bitwise_and() {
    SourcePosition start = peek().start;
    ExprPtr left = shift_expr();
    TRY(left);
    while (accept(TokenKind::Amper))
      TRY(left = binary(start, std::move(left), Operator::BitAnd, shift_expr()));
    return left;
  }
  ExprPtr shift_expr() {
    SourcePosition start = peek().start;
    ExprPtr left = sum();
    TRY(left);
    for (;;) {
      if (accept(TokenKind::LeftShift)) {
        TRY(left = binary(start, std::move(left), Operator::LShift, sum()));
      } else if (accept(TokenKind::RightShift)) {
        TRY(left = binary(start, std::move(left), Operator::RShift, sum()));
      } else {
        return left;
      }
    }
  }
  ExprPtr sum() {
    SourcePosition start = peek().start;
    ExprPtr left = term();
    TRY(left);
    for (;;) {
      if (accept(TokenKind::Plus)) {
        TRY(left = binary(start, std::move(left), Operator::Add, term()));
      } else if (accept(TokenKind::Minus)) {
        TRY(left = binary(start, std::move(left), Operator::Sub, term()));
      } else {
        return left;
      }
    }
  }
  ExprPtr term() {
    SourcePosition start = peek().start;
    ExprPtr left = factor();
    TRY(left);
    for (;;) {
      Operator op;
      switch (peek().kind) {
        case TokenKind::Star:
          op = Operator::Mult;
          break;
        case TokenKind::Slash:
          op = Operator::Div;
          break;
        case TokenKind::DoubleSlash:
          op = Operator::FloorDiv;
          break;
        case TokenKind::Percent:
          op = Operator::Mod;
          break;
        case TokenKind::At:
          op = Operator::MatMult;
          break;
        default:
          return left;
      }
      take();
      TRY(left = binary(start, std::move(left), op, factor()));
    }
  }
  ExprPtr factor() {
    UnaryOperator op;
    switch (peek().kind) {
      case TokenKind::Plus:
        op = UnaryOperator::UAdd;
        break;
      case TokenKind::Minus:
        op = UnaryOperator::USub;
        break;
      case TokenKind::Tilde:
        op = UnaryOperator::Invert;
        break;
      default:
        return power();
    }
    DepthGuard guard(*this);
    TRY(guard.ok);
    SourcePosition start = take().start;
    auto u = node<UnaryOp>(start);
    u->op = op;
    TRY(u->operand = factor());
    return finish(std::move(u));
  }
  ExprPtr power() {
    SourcePosition start = peek().start;
    ExprPtr left = await_primary();
    TRY(left);
    if (accept(TokenKind::DoubleStar))
      return binary(start, std::move(left), Operator::Pow, factor());
    return left;
  }
  ExprPtr await_primary() {
    if (at_keyword("await")) {
      SourcePosition start = take().start;
      auto a = node<Await>(start);
      TRY(a->value = primary());
      return finish(std::move(a));
    }
    return primary();
  }

  ExprPtr primary() {
    SourcePosition start = peek().start;
    ExprPtr e = atom();
    TRY(e);
    for (;;) {
      if (accept(TokenKind::Dot)) {
        auto a = node<Attribute>(start);
        a->value = std::move(e);
        TRY(name_token(a->attr));
        e = finish(std::move(a));
      } else if (at(TokenKind::LPar)) {
        take();
        auto c = node<Call>(start);
        c->func = std::move(e);
        {
          BracketGuard bracket(*this);
          TRY(call_arguments(c->args, c->keywords));
        }
        TRY(expect(TokenKind::RPar));
        e = finish(std::move(c));
        fix_sole_generator_range(*e);
      } else if (at(TokenKind::LSqb)) {
        take();
        auto s = node<Subscript>(start);
        s->value = std::move(e);
        {
          BracketGuard bracket(*this);
          TRY(s->slice = slices());
        }
        TRY(expect(TokenKind::RSqb));
        e = finish(std::move(s));
      } else {
        return e;
      }
    }
  }

  // CPython gives a generator expression that is a call's only argument the range of the
  // call's parentheses.
  void fix_sole_generator_range(Expr& e) {
    auto& call = static_cast<Call&>(e);
    if (call.args.size() == 1 && call.keywords.empty() &&
        call.args[0]->kind == ExprKind::GeneratorExp && call.args[0]->bare_generator_argument) {
      Range& r = call.args[0]->range;
      r.line = call.func->range.end_line;
      r.column = call.func->range.end_column;
      r.end_line = call.range.end_line;
      r.end_column = call.range.end_column;
    }
  }

  [[nodiscard]] bool call_arguments(ExprList& args, std::vector<Keyword>& keywords) {
    bool seen_keyword = false;
    bool seen_double_star = false;
    std::vector<std::string_view> keyword_names;  // a call's few, searched in order
    while (!at(TokenKind::RPar)) {
      const Token t = peek();
      if (t.kind == TokenKind::Star) {
        ExprPtr s = star_expression();
        TRY(s);
        if (seen_double_star)  // CPython marks the star
          return fail("iterable argument unpacking follows keyword argument unpacking", t.start,
                      t.end);
        args.push_back(std::move(s));
      } else if (t.kind == TokenKind::DoubleStar) {
        take();
        Keyword k;
        TRY(k.value = expression());
        k.range = {t.start.line, t.start.column, last_end_.line, last_end_.column};
        keywords.push_back(std::move(k));
        seen_double_star = true;
      } else if (t.kind == TokenKind::Name && peek(1).kind == TokenKind::Equal &&
                 !is_keyword(t.text)) {
        take();
        take();
        Keyword k;
        k.arg = std::string(t.text);
        TRY(k.value = expression());
        k.range = {t.start.line, t.start.column, last_end_.line, last_end_.column};
        if (std::find(keyword_names.begin(), keyword_names.end(), t.text) != keyword_names.end())
          return fail("keyword argument repeated: " + k.arg, k.range);
        keyword_names.push_back(t.text);
        keywords.push_back(std::move(k));
        seen_keyword = true;
      } else {
        SourcePosition start = t.start;
        ExprPtr e = named_expression();
        TRY(e);
        if (at_comprehension()) {
          auto g = node<GeneratorExp>(start);
          g->elt = std::move(e);
          TRY(comprehension_clauses(g->generators));
          e = finish(std::move(g));
          e->bare_generator_argument = true;
          // A first argument followed by neither ',' nor ')' is no case of CPython's rule (which
          // wants the comma): plain invalid syntax at the token.
          if (args.empty() && keywords.empty() && !at(TokenKind::RPar) && !at(TokenKind::Comma))
            return invalid_syntax();
          bool alone = args.empty() && keywords.empty() && at(TokenKind::RPar);
          if (!alone) return fail("Generator expression must be parenthesized", e->range);
        } else if (at(TokenKind::Equal)) {
          take();
          TRY(expression());
          return fail("expression cannot contain assignment, perhaps you meant \"==\"?", start,
                      last_end_);
        }
        if (seen_double_star || seen_keyword) {
          // CPython reports it once it has read all the arguments: at the call's ')'.
          const Token& close = call_closing_paren();
          return fail(seen_double_star ? "positional argument follows keyword argument unpacking"
                                       : "positional argument follows keyword argument",
                      close.start, close.end);
        }
        args.push_back(std::move(e));
      }
      if (!accept(TokenKind::Comma)) {
        if (!at(TokenKind::RPar)) return forgot_comma_or_invalid(args, keywords);
        break;
      }
      if (!args.empty() && args.back()->kind == ExprKind::GeneratorExp &&
          args.back()->bare_generator_argument && !at(TokenKind::RPar))
        return fail("Generator expression must be parenthesized", args.back()->range);
    }
    return true;
  }

  // After an element inside brackets, something that starts an expression: CPython's "Perhaps
  // you forgot a comma?" spans both expressions.
  Failed forgot_comma_or_invalid(const ExprList& args, const std::vector<Keyword>& keywords) {
    const Expr* last = nullptr;
    if (!keywords.empty() && (args.empty() || after(keywords.back().range, args.back()->range)))
      last = keywords.back().value.get();
    else if (!args.empty())
      last = args.back().get();
    return forgot_comma_after(last);
  }
  static bool after(const Range& a, const Range& b) {
    return a.line > b.line || (a.line == b.line && a.column > b.column);
  }
  // Always an error: the comma hint when an expression follows, else invalid syntax at the
  // token after `last`.
  Failed forgot_comma_after(const Expr* last) {
    if (last && bracket_level_ > 0 && starts_expression() &&
        !(last->kind == ExprKind::Name && peek().kind == TokenKind::String)) {
      SourcePosition start = start_of(*last);
      std::size_t saved = pos_;
      if (!expression()) {
        backtrack(saved, last_end_);
        return invalid_syntax();
      }
      return fail("invalid syntax. Perhaps you forgot a comma?", start, last_end_);
    }
    return invalid_syntax();
  }

  ExprPtr slices() {
    SourcePosition start = peek().start;
    ExprPtr first = slice_item();
    TRY(first);
    auto t = node<Tuple>(start);
    if (!at(TokenKind::Comma)) {
      if (first->kind != ExprKind::Starred) return first;
      t->elts.push_back(std::move(first));  // a[*b] indexes with a tuple
      return finish(std::move(t));
    }
    t->elts.push_back(std::move(first));
    while (accept(TokenKind::Comma)) {
      if (at(TokenKind::RSqb)) break;
      TRY(t->elts.emplace_back(slice_item()));
    }
    return finish(std::move(t));
  }

  ExprPtr slice_item() {
    SourcePosition start = peek().start;
    ExprPtr lower;
    if (!at(TokenKind::Colon)) {
      TRY(lower = star_named_expression());
      if (!at(TokenKind::Colon)) return lower;
    }
    take();
    auto s = node<Slice>(start);
    s->lower = std::move(lower);
    if (!at(TokenKind::Colon) && !at(TokenKind::RSqb) && !at(TokenKind::Comma))
      TRY(s->upper = expression());
    if (accept(TokenKind::Colon)) {
      if (!at(TokenKind::RSqb) && !at(TokenKind::Comma)) TRY(s->step = expression());
    }
    return finish(std::move(s));
  }

  [[nodiscard]] bool comprehension_clauses(std::vector<Comprehension>& out) {
    while (at_comprehension()) {
      Comprehension c;
      if (accept_keyword("async")) c.is_async = true;
      TRY(expect_keyword("for"));
      TRY(c.target = star_targets());
      TRY(set_context(*c.target, ExprContext::Store, TargetUse::Comprehension));
      TRY(expect_keyword("in"));
      TRY(c.iter = disjunction());
      while (at_keyword("if")) {
        take();
        TRY(c.ifs.emplace_back(disjunction()));
      }
      out.push_back(std::move(c));
    }
    return true;
  }

  ExprPtr yield_expression() {
    SourcePosition start = take().start;
    if (accept_keyword("from")) {
      auto y = node<YieldFrom>(start);
      TRY(y->value = expression());
      return finish(std::move(y));
    }
    auto y = node<Yield>(start);
    if (starts_expression() || at(TokenKind::Star)) TRY(y->value = star_expressions());
    return finish(std::move(y));
  }

  ExprPtr constant(SourcePosition start, ConstantKind kind) {
    auto c = node<Constant>(start);
    c->value_kind = kind;
    return finish(std::move(c));
  }

  ExprPtr atom() {
    DepthGuard guard(*this);
    TRY(guard.ok);
    const Token t = peek();
    switch (t.kind) {
      case TokenKind::Name: {
        if (t.text == "None") return take(), constant(t.start, ConstantKind::None);
        if (t.text == "True") return take(), constant(t.start, ConstantKind::True);
        if (t.text == "False") return take(), constant(t.start, ConstantKind::False);
        if (is_keyword(t.text)) return invalid_syntax();
        take();
        auto n = node<Name>(t.start);
        n->id = std::string(t.text);
        return finish(std::move(n));
      }
      case TokenKind::Number:
        take();
        return number(t);
      case TokenKind::String:
        return strings();
      case TokenKind::Ellipsis:
        take();
        return constant(t.start, ConstantKind::Ellipsis);
      case TokenKind::LPar:
        return parenthesized();
      case TokenKind::LSqb:
        return list_display();
      case TokenKind::LBrace:
        return brace_display();
      default:
        return invalid_syntax();
    }
  }

  ExprPtr number(const Token& t) {
    auto c = node<Constant>(t.start);
    std::string text;
    for (char ch : t.text)
      if (ch != '_') text += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
    bool based =
        text.size() > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o' || text[1] == 'b');
    if (!text.empty() && text.back() == 'j') {
      c->value_kind = ConstantKind::Complex;
      text.pop_back();
      c->number = num::parse_float(text).value_or(0.0);
    } else if (!based && text.find_first_of(".e") != std::string::npos) {
      c->value_kind = ConstantKind::Float;
      c->number = num::parse_float(text).value_or(0.0);
    } else {
      c->value_kind = ConstantKind::Int;
      c->text = std::move(text);
    }
    return finish(std::move(c));
  }

  ExprPtr parenthesized() {
    SourcePosition start = take().start;
    BracketGuard bracket(*this);
    if (at(TokenKind::RPar)) {
      take();
      return finish(node<Tuple>(start));
    }
    if (at_keyword("yield")) {
      ExprPtr y = yield_expression();
      TRY(y);
      TRY(expect(TokenKind::RPar));
      return y;
    }
    ExprPtr first = star_named_expression();
    TRY(first);
    if (at_comprehension()) {
      auto g = node<GeneratorExp>(start);
      g->elt = std::move(first);
      TRY(comprehension_clauses(g->generators));
      TRY(expect(TokenKind::RPar));
      return finish(std::move(g));
    }
    if (at(TokenKind::RPar)) {
      take();
      if (first->kind == ExprKind::Starred)
        return fail("cannot use starred expression here", first->range);
      first->parenthesized = true;
      return first;
    }
    if (!at(TokenKind::Comma)) {
      if (at(TokenKind::Equal) && first->kind != ExprKind::Name) return invalid_syntax();
      return forgot_comma_after(first.get());
    }
    auto t = node<Tuple>(start);
    t->elts.push_back(std::move(first));
    TRY(rest_of_elements(t->elts, TokenKind::RPar));
    return finish(std::move(t));
  }

  // `, b, c]` after a display's first element, up to and including the closing bracket.
  [[nodiscard]] bool rest_of_elements(ExprList& elements, TokenKind closing) {
    while (accept(TokenKind::Comma)) {
      if (at(closing)) break;
      TRY(elements.emplace_back(star_named_expression()));
    }
    if (!at(closing)) return forgot_comma_after(elements.back().get());
    take();
    return true;
  }

  ExprPtr list_display() {
    SourcePosition start = take().start;
    BracketGuard bracket(*this);
    if (at(TokenKind::RSqb)) {
      take();
      return finish(node<List>(start));
    }
    ExprPtr first = star_named_expression();
    TRY(first);
    if (at_comprehension()) {
      auto c = node<ListComp>(start);
      c->elt = std::move(first);
      TRY(comprehension_clauses(c->generators));
      TRY(expect(TokenKind::RSqb));
      return finish(std::move(c));
    }
    auto l = node<List>(start);
    l->elts.push_back(std::move(first));
    TRY(rest_of_elements(l->elts, TokenKind::RSqb));
    return finish(std::move(l));
  }

  ExprPtr brace_display() {
    SourcePosition start = take().start;
    BracketGuard bracket(*this);
    if (at(TokenKind::RBrace)) {
      take();
      return finish(node<Dict>(start));
    }
    ExprPtr first_key;
    ExprPtr first_value;
    if (accept(TokenKind::DoubleStar)) {
      TRY(first_value = bitwise_or());
    } else {
      TRY(first_key = star_named_expression());
      if (at(TokenKind::Colon) && first_key->kind != ExprKind::Starred) {
        take();
        TRY(first_value = expression());
      }
    }
    if (first_value) {
      if (first_key && at_comprehension()) {
        auto c = node<DictComp>(start);
        c->key = std::move(first_key);
        c->value = std::move(first_value);
        TRY(comprehension_clauses(c->generators));
        TRY(expect(TokenKind::RBrace));
        return finish(std::move(c));
      }
      auto d = node<Dict>(start);
      d->keys.push_back(std::move(first_key));
      d->values.push_back(std::move(first_value));
      while (accept(TokenKind::Comma)) {
        if (at(TokenKind::RBrace)) break;
        if (accept(TokenKind::DoubleStar)) {
          d->keys.push_back(nullptr);
          TRY(d->values.emplace_back(bitwise_or()));
        } else {
          TRY(d->keys.emplace_back(expression()));
          if (!at(TokenKind::Colon))
            return fail("':' expected after dictionary key", start_of(*d->keys.back()), last_end_);
          take();
          TRY(d->values.emplace_back(expression()));
        }
      }
      if (!at(TokenKind::RBrace)) return forgot_comma_after(d->values.back().get());
      take();
      return finish(std::move(d));
    }
    if (at_comprehension()) {
      auto c = node<SetComp>(start);
      c->elt = std::move(first_key);
      TRY(comprehension_clauses(c->generators));
      TRY(expect(TokenKind::RBrace));
      return finish(std::move(c));
    }
    auto s = node<Set>(start);
    s->elts.push_back(std::move(first_key));
    TRY(rest_of_elements(s->elts, TokenKind::RBrace));
    return finish(std::move(s));
  }

  // ---- String literals -----------------------------------------------------------------------
  // Adjacent string tokens make one Constant, or one JoinedStr when any is an f-string.
  ExprPtr strings() {
    SourcePosition start = peek().start;
    bool any_bytes = false, any_text = false, any_f = false;
    std::string text;  // the literal run being built
    ExprList values;   // JoinedStr parts
    bool unicode_prefix = peek().text[0] == 'u' || peek().text[0] == 'U';
    std::vector<std::pair<Expr*, Range>> spec_ranges;
    while (at(TokenKind::String)) {
      Token t = take();
      std::size_t quote = t.text.find_first_of("'\"");
      std::string_view prefix = t.text.substr(0, quote);
      bool raw = false, is_bytes = false, is_f = false;
      for (char c : prefix) {
        if (c == 'r' || c == 'R') raw = true;
        if (c == 'b' || c == 'B') is_bytes = true;
        if (c == 'f' || c == 'F') is_f = true;
      }
      std::size_t quote_len = t.text.size() - quote >= 6 && t.text[quote] == t.text[quote + 1] &&
                                      t.text[quote] == t.text[quote + 2]
                                  ? 3
                                  : 1;
      std::string_view body =
          t.text.substr(quote + quote_len, t.text.size() - quote - 2 * quote_len);
      (is_bytes ? any_bytes : any_text) = true;
      if (any_bytes && any_text)
        return fail("cannot mix bytes and nonbytes literals", start, t.end);
      SourcePosition body_start = advance(t.start, t.text.substr(0, quote + quote_len));
      if (is_f) {
        any_f = true;
        std::size_t first_new = values.size();
        TRY(fstring_body(body, raw, body_start, text, values, 0));
        Range token_range{t.start.line, t.start.column, t.end.line, t.end.column};
        for (std::size_t i = first_new; i < values.size(); ++i) {
          if (values[i]->kind != ExprKind::FormattedValue) continue;
          if (auto& spec = static_cast<FormattedValue&>(*values[i]).format_spec)
            spec_ranges.emplace_back(spec.get(), token_range);
        }
      } else {
        std::optional<std::string> decoded = decode(body, raw, is_bytes, t);
        TRY(decoded);
        text += *decoded;
      }
    }
    if (!any_f) {
      auto c = node<Constant>(start);
      c->value_kind = any_bytes ? ConstantKind::Bytes : ConstantKind::Str;
      c->text = std::move(text);
      c->unicode_prefix = unicode_prefix;
      return finish(std::move(c));
    }
    auto j = node<JoinedStr>(start);
    flush_literal(text, values, start);
    j->values = std::move(values);
    finish(j.get());
    give_whole_range(j->values, j->range);
    for (auto& [spec, token_range] : spec_ranges) {
      // CPython 3.11's quirk, reproduced for exact ranges: a format spec and its final literal
      // have the range of the string token holding them, its other parts the whole string's.
      spec->range = token_range;
      auto& parts = static_cast<JoinedStr&>(*spec).values;
      give_whole_range(parts, j->range);
      if (!parts.empty() && parts.back()->kind == ExprKind::Constant)
        parts.back()->range = token_range;
    }
    return j;
  }

  // CPython 3.11 gives an f-string's literals and replacement fields the range of the whole
  // string; only the expressions inside keep their own.
  static void give_whole_range(ExprList& values, const Range& range) {
    for (auto& v : values) v->range = range;
  }

  void flush_literal(std::string& text, ExprList& values, SourcePosition start) {
    if (text.empty()) return;
    auto c = node<Constant>(start);
    c->value_kind = ConstantKind::Str;
    c->text = std::move(text);
    text.clear();
    values.push_back(std::move(c));
  }

  // The position after `text` starting at `p`.
  static SourcePosition advance(SourcePosition p, std::string_view text) {
    for (char c : text) {
      if (c == '\n') {
        ++p.line;
        p.column = 0;
      } else {
        ++p.column;
      }
    }
    return p;
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }

  // The position CPython's unicode-escape decoder reports for body[index]: it decodes the body
  // with each non-ASCII character spelled as a 10-byte \\UXXXXXXXX escape.
  static std::size_t escape_position(std::string_view body, std::size_t index) {
    std::size_t position = 0;
    for (std::size_t k = 0; k < index && k < body.size(); ++k) {
      unsigned char c = static_cast<unsigned char>(body[k]);
      if (c < 0x80)
        ++position;
      else if ((c & 0xC0) != 0x80)
        position += 10;
    }
    return position;
  }

  // Processes escapes of a (non-f) literal body; bytes keep raw byte values.
  std::optional<std::string> decode(std::string_view body, bool raw, bool is_bytes,
                                    const Token& t) {
    std::string out;
    if (is_bytes) {
      for (unsigned char c : body)
        if (c >= 0x80)
          return fail("bytes can only contain ASCII literal characters", t.start, t.end);
    }
    if (raw) return std::string(body);
    out.reserve(body.size());
    for (std::size_t i = 0; i < body.size(); ++i) {
      char c = body[i];
      if (c != '\\' || i + 1 >= body.size()) {
        out += c;
        continue;
      }
      char e = body[++i];
      switch (e) {
        case '\n':
          break;
        case '\\':
          out += '\\';
          break;
        case '\'':
          out += '\'';
          break;
        case '"':
          out += '"';
          break;
        case 'a':
          out += '\a';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'v':
          out += '\v';
          break;
        case '0':
        case '1':
        case '2':
        case '3':
        case '4':
        case '5':
        case '6':
        case '7': {
          std::uint32_t v = static_cast<std::uint32_t>(e - '0');
          for (int k = 0; k < 2 && i + 1 < body.size() && body[i + 1] >= '0' && body[i + 1] <= '7';
               ++k)
            v = v * 8 + static_cast<std::uint32_t>(body[++i] - '0');
          if (is_bytes)
            out += static_cast<char>(v & 0xFF);
          else
            append_utf8(out, v);
          break;
        }
        case 'x':
        case 'u':
        case 'U': {
          if (is_bytes && e != 'x') {
            out += '\\';
            out += e;
            break;
          }
          int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          std::uint32_t v = 0;
          for (int k = 0; k < digits; ++k) {
            int h = i + 1 < body.size() ? hex_value(body[i + 1]) : -1;
            if (h < 0) {
              if (is_bytes)
                return fail_after_strings("(value error) invalid \\x escape at position " +
                                          std::to_string(out.size()));
              std::size_t at = escape_position(body, i - 1 - static_cast<std::size_t>(k));
              return fail_after_strings(
                  "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                  std::to_string(at) + "-" + std::to_string(at + static_cast<std::size_t>(k) + 1) +
                  ": truncated \\" + std::string(1, e) +
                  std::string(static_cast<std::size_t>(digits), 'X') + " escape");
            }
            v = v * 16 + static_cast<std::uint32_t>(h);
            ++i;
          }
          if (is_bytes) {
            out += static_cast<char>(v);
          } else {
            if (v > 0x10FFFF)
              return fail_after_strings(
                  "(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode "
                  "character");
            append_utf8(out, v);
          }
          break;
        }
        case 'N': {
          if (is_bytes) {
            out += "\\N";
            break;
          }
          // \N{name}: the names of unicode_names.cpp's subset of Unicode.
          std::size_t backslash = i - 1;
          std::string_view message = "malformed \\N character escape";
          std::size_t end = i + 1;  // CPython's end position (exclusive) of the bad escape
          if (i + 1 < body.size() && body[i + 1] == '{') {
            std::size_t close = body.find('}', i + 2);
            if (close == std::string_view::npos) {
              end = body.size();
            } else if (close == i + 2) {
              end = close;
            } else {
              std::uint32_t code_point = 0;
              if (lookup_unicode_name(body.substr(i + 2, close - i - 2), code_point)) {
                append_utf8(out, code_point);
                i = close;
                break;
              }
              message = "unknown Unicode character name";
              end = close + 1;
            }
          } else if (i + 1 >= body.size()) {
            end = body.size();
          }
          return fail_after_strings(
              "(unicode error) 'unicodeescape' codec can't decode bytes in position " +
              std::to_string(escape_position(body, backslash)) + "-" +
              std::to_string(escape_position(body, end) - 1) + ": " + std::string(message));
        }
        default:
          // Unknown escapes keep their backslash (CPython warns, then does the same).
          out += '\\';
          out += e;
      }
    }
    return out;
  }

  // The body of an f-string (or of a format spec inside one), appended to values/text.
  [[nodiscard]] bool fstring_body(std::string_view body, bool raw, SourcePosition body_start,
                                  std::string& text, ExprList& values, int spec_depth) {
    std::size_t i = 0;
    std::size_t literal_start = 0;
    auto flush_raw = [&](std::size_t end) {
      if (end > literal_start) {
        std::string_view chunk = body.substr(literal_start, end - literal_start);
        if (raw) {
          text += chunk;
        } else {
          std::optional<std::string> decoded =
              decode(chunk, false, false, peek_token_for(body_start));
          if (!decoded) return false;
          text += *decoded;
        }
      }
      return true;
    };
    SourcePosition string_end = last_end_;
    while (i < body.size()) {
      char c = body[i];
      if (!raw && c == '\\' && i + 1 < body.size()) {
        // An escape: a \N{name}'s braces are not a replacement field (CPython's
        // fstring_find_literal); an escaped brace still is one.
        char e = body[i + 1];
        if (e == 'N') {
          i += 2;
          if (i < body.size() && body[i++] == '{') {
            while (i < body.size() && body[i++] != '}') {
            }
          }
          continue;
        }
        i += e == '{' || e == '}' ? 1 : 2;
        continue;
      }
      if (c == '{') {
        if (spec_depth == 0 && i + 1 < body.size() && body[i + 1] == '{') {
          TRY(flush_raw(i + 1));  // keeps one '{'
          i += 2;
          literal_start = i;
          continue;
        }
        TRY(flush_raw(i));
        i = replacement_field(body, i, raw, body_start, text, values, spec_depth, string_end);
        TRY(i);
        literal_start = i;
        continue;
      }
      if (c == '}') {
        if (spec_depth == 0 && i + 1 < body.size() && body[i + 1] == '}') {
          TRY(flush_raw(i + 1));
          i += 2;
          literal_start = i;
          continue;
        }
        return fail("f-string: single '}' is not allowed", string_end, string_end);
      }
      ++i;
    }
    return flush_raw(body.size());
  }

  // The ')' closing the call whose arguments are being read (or the token where they stop).
  const Token& call_closing_paren() const {
    int depth = 0;
    for (std::size_t ahead = 0;; ++ahead) {
      const Token& t = peek(ahead);
      if (t.kind == TokenKind::LPar || t.kind == TokenKind::LSqb || t.kind == TokenKind::LBrace)
        ++depth;
      else if (t.kind == TokenKind::RPar || t.kind == TokenKind::RSqb ||
               t.kind == TokenKind::RBrace)
        --depth;
      if (depth < 0 || t.kind == TokenKind::EndMarker) return t;
    }
  }

  // Where CPython's tokenizer is at the end of the file: the end of the last line read.
  SourcePosition last_line_end() const { return last_line_end_; }

  // A bad escape: CPython reports it at its parser's lookahead, the first token after the run of
  // string literals (a newline's range is empty).
  Failed fail_after_strings(std::string message) {
    std::size_t ahead = 0;
    while (peek(ahead).kind == TokenKind::String) ++ahead;
    const Token& t = peek(ahead);
    const bool line_end = t.kind == TokenKind::Newline || t.kind == TokenKind::EndMarker;
    return fail(std::move(message), t.start, line_end ? t.start : t.end);
  }

  static Token peek_token_for(SourcePosition p) {
    Token t;
    t.start = t.end = p;
    return t;
  }

  // Parses `{expr[=][!c][:spec]}` starting at body[open]; returns the index after '}', or 0 on
  // error.
  std::size_t replacement_field(std::string_view body, std::size_t open, bool raw,
                                SourcePosition body_start, std::string& text, ExprList& values,
                                int spec_depth, SourcePosition string_end) {
    if (spec_depth >= 2)
      return fail("f-string: expressions nested too deeply", string_end, string_end);
    std::size_t i = open + 1;
    std::size_t expr_start = i;
    int depth = 0;
    char quote = 0;
    std::size_t expr_end = std::string_view::npos;
    bool debug = false;
    for (; i < body.size(); ++i) {
      char c = body[i];
      if (quote) {
        if (c == quote) quote = 0;
        continue;
      }
      if (c == '\\')
        return fail("f-string expression part cannot include a backslash", string_end, string_end);
      if (c == '\'' || c == '"') {
        quote = c;
        continue;
      }
      if (c == '#')
        return fail("f-string expression part cannot include '#'", string_end, string_end);
      if (c == '(' || c == '[' || c == '{') {
        ++depth;
        continue;
      }
      if ((c == ')' || c == ']' || c == '}') && depth > 0) {
        --depth;
        continue;
      }
      if (depth > 0) continue;
      if (c == '}' || c == ':') break;
      if (c == '!' && i + 1 < body.size() && body[i + 1] != '=') break;
      if (c == '=' && i + 1 < body.size() && body[i + 1] != '=' && i > expr_start &&
          std::strchr("=!<>", body[i - 1]) == nullptr) {
        expr_end = i;
        debug = true;
        ++i;
        // Whitespace after '=' belongs to the echoed text.
        while (i < body.size() && (body[i] == ' ' || body[i] == '\t')) ++i;
        break;
      }
    }
    if (quote || i >= body.size()) return fail("f-string: expecting '}'", string_end, string_end);
    if (expr_end == std::string_view::npos) expr_end = i;
    std::string_view expr_text = body.substr(expr_start, expr_end - expr_start);
    bool blank = expr_text.find_first_not_of(" \t\n\r") == std::string_view::npos;
    if (blank) return fail("f-string: empty expression not allowed", string_end, string_end);

    SourcePosition expr_pos = advance(body_start, body.substr(0, expr_start));
    ExprPtr value = parse_fstring_expression(expr_text, expr_pos);
    TRY(value);
    if (debug) text += std::string(body.substr(expr_start, i - expr_start));

    int conversion = -1;
    if (i < body.size() && body[i] == '!') {
      ++i;
      if (i >= body.size() || (body[i] != 's' && body[i] != 'r' && body[i] != 'a')) {
        return fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", string_end,
                    string_end);
      }
      conversion = body[i];
      ++i;
    }
    ExprPtr spec;
    if (i < body.size() && body[i] == ':') {
      ++i;
      std::size_t spec_start = i;
      int nested = 0;
      for (; i < body.size(); ++i) {
        if (body[i] == '{') ++nested;
        if (body[i] == '}') {
          if (nested == 0) break;
          --nested;
        }
      }
      if (i >= body.size()) return fail("f-string: expecting '}'", string_end, string_end);
      auto joined = node<JoinedStr>(body_start);
      std::string spec_text;
      TRY(fstring_body(body.substr(spec_start, i - spec_start), raw,
                       advance(body_start, body.substr(0, spec_start)), spec_text, joined->values,
                       spec_depth + 1));
      flush_literal(spec_text, joined->values, body_start);
      spec = std::move(joined);
    }
    if (i >= body.size() || body[i] != '}')
      return fail("f-string: expecting '}'", string_end, string_end);
    if (debug && conversion == -1 && !spec) conversion = 'r';
    SourcePosition start = advance(body_start, body.substr(0, open));
    flush_literal(text, values, start);
    auto fv = node<FormattedValue>(start);
    fv->value = std::move(value);
    fv->conversion = conversion;
    fv->format_spec = std::move(spec);
    values.push_back(std::move(fv));
    return i + 1;
  }

  ExprPtr parse_fstring_expression(std::string_view expr_text, SourcePosition at);

  std::vector<Token> tokens_;
  std::optional<SyntaxErrorInfo> lex_error_;
  SourcePosition last_line_end_;
  mutable std::size_t furthest_peek_ = 0;  // the furthest token index looked at
  std::size_t pos_ = 0;
  SourcePosition last_end_;
  int depth_ = 0;
  int bracket_level_ = 0;
  bool failed_ = false;  // an error is recorded in `error`
};

ExprPtr Parser::parse_fstring_expression(std::string_view expr_text, SourcePosition at) {
  // Tokenized as `(expr)`, as CPython 3.11 does, then moved to where the text sits.
  std::string wrapped = "(" + std::string(expr_text) + ")";
  Tokenized tokenized = tokenize(wrapped);
  auto shift = [&](SourcePosition& p) {
    if (p.line == 1) p.column = p.column + at.column - 1;
    p.line += at.line - 1;
  };
  for (Token& t : tokenized.tokens) {
    shift(t.start);
    shift(t.end);
  }
  if (tokenized.error) {
    shift(tokenized.error->start);
    shift(tokenized.error->end);
    if (tokenized.error->message.find("was never closed") != std::string::npos ||
        tokenized.error->message.find("unmatched") != std::string::npos)
      tokenized.error->message = "f-string: " + tokenized.error->message;
  }
  Parser inner(std::move(tokenized.tokens), std::move(tokenized.error), last_line_end_);
  inner.depth_ = depth_;
  ExprPtr e = inner.fstring_expression();
  if (e && !inner.failed_) return e;
  if (!failed_) {
    failed_ = true;
    error = inner.reported_error();
    if (error.message.rfind("f-string: ", 0) != 0) error.message = "f-string: " + error.message;
  }
  return nullptr;
}

#undef TRY

}  // namespace

ParseResult parse_module(std::string_view source) {
  ParseResult result;
  Tokenized tokenized = tokenize(source);
  std::string_view text = source;
  if (text.ends_with('\n')) text.remove_suffix(text.ends_with("\r\n") ? 2 : 1);
  const std::size_t last_line = text.rfind('\n') + 1;  // npos + 1 == 0
  const SourcePosition end{
      static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\n') + 1),
      static_cast<std::uint32_t>(text.size() - last_line)};
  Parser parser(std::move(tokenized.tokens), std::move(tokenized.error), end);
  std::unique_ptr<ast::Module> module = parser.module();
  if (module && !parser.failed())
    result.module = std::move(module);
  else
    result.error = parser.reported_error();
  return result;
}

}  // namespace py
