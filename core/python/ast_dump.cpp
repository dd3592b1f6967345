#include "ast_dump.hpp"

#include "num/bigint.hpp"
#include "num/float_format.hpp"
#include "objects/str_methods.hpp"

namespace py::ast {
namespace {

// Python's repr() of a str (UTF-8) or of bytes.
std::string python_repr(const std::string& text, bool is_bytes) {
  bool has_single = text.find('\'') != std::string::npos;
  bool has_double = text.find('"') != std::string::npos;
  char quote = has_single && !has_double ? '"' : '\'';
  std::string out = is_bytes ? "b" : "";
  out += quote;
  static const char* hex = "0123456789abcdef";
  for (std::size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\\' || c == static_cast<unsigned char>(quote)) {
      out += '\\';
      out += static_cast<char>(c);
      ++i;
    } else if (c == '\n') {
      out += "\\n", ++i;
    } else if (c == '\r') {
      out += "\\r", ++i;
    } else if (c == '\t') {
      out += "\\t", ++i;
    } else if (c < 0x20 || c == 0x7F || (is_bytes && c >= 0x80)) {
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
      ++i;
    } else if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
    } else {
      int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      char32_t cp = c & (0xFF >> (n + 1));
      for (int k = 1; k < n && i + k < text.size(); ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      if (unicode::is_printable(cp)) {
        out.append(text, i, n);
      } else if (cp <= 0xFF) {
        out += "\\x";
        out += hex[cp >> 4];
        out += hex[cp & 15];
      } else if (cp <= 0xFFFF) {
        out += "\\u";
        for (int s = 12; s >= 0; s -= 4) out += hex[(cp >> s) & 15];
      } else {
        out += "\\U";
        for (int s = 28; s >= 0; s -= 4) out += hex[(cp >> s) & 15];
      }
      i += n;
    }
  }
  return out + quote;
}

class Dumper {
 public:
  std::string out;

  void module(const Module& m) {
    out += "Module(body=";
    stmts(m.body);
    out += ", type_ignores=[])";
  }

 private:
  void attrs(const Range& r) {
    out += "lineno=" + std::to_string(r.line) + ", col_offset=" + std::to_string(r.column) +
           ", end_lineno=" + std::to_string(r.end_line) +
           ", end_col_offset=" + std::to_string(r.end_column);
  }
  void field(const char* name) {
    out += name;
    out += '=';
  }
  void str_field(const char* name, const std::string& value) {
    field(name);
    out += python_repr(value, false);
    out += ", ";
  }
  void expr_field(const char* name, const ExprPtr& e) {
    if (!e) return;  // ast.dump leaves out optional fields that are None
    field(name);
    expr(*e);
    out += ", ";
  }
  void exprs_field(const char* name, const ExprList& list) {
    field(name);
    exprs(list);
    out += ", ";
  }
  void stmts_field(const char* name, const StmtList& list) {
    field(name);
    stmts(list);
    out += ", ";
  }
  void exprs(const ExprList& list) {
    out += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      if (list[i])
        expr(*list[i]);
      else
        out += "None";
    }
    out += ']';
  }
  void stmts(const StmtList& list) {
    out += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      stmt(*list[i]);
    }
    out += ']';
  }
  void ctx(ExprContext c) {
    field("ctx");
    out += c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()";
    out += ", ";
  }
  void arg(const Arg& a) {
    out += "arg(";
    str_field("arg", a.name);
    expr_field("annotation", a.annotation);
    attrs(a.range);
    out += ')';
  }
  void args(const std::vector<Arg>& list) {
    out += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      arg(list[i]);
    }
    out += ']';
  }
  void arguments(const Arguments& a) {
    out += "arguments(posonlyargs=";
    args(a.posonlyargs);
    out += ", args=";
    args(a.args);
    out += ", ";
    if (a.vararg) {
      out += "vararg=";
      arg(*a.vararg);
      out += ", ";
    }
    out += "kwonlyargs=";
    args(a.kwonlyargs);
    out += ", kw_defaults=";
    exprs(a.kw_defaults);
    out += ", ";
    if (a.kwarg) {
      out += "kwarg=";
      arg(*a.kwarg);
      out += ", ";
    }
    out += "defaults=";
    exprs(a.defaults);
    out += ')';
  }
  void keywords(const std::vector<Keyword>& list) {
    out += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      out += "keyword(";
      if (!list[i].arg.empty()) str_field("arg", list[i].arg);
      expr_field("value", list[i].value);
      attrs(list[i].range);
      out += ')';
    }
    out += ']';
  }
  void comprehensions(const std::vector<Comprehension>& list) {
    out += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      out += "comprehension(";
      expr_field("target", list[i].target);
      expr_field("iter", list[i].iter);
      exprs_field("ifs", list[i].ifs);
      out += "is_async=";
      out += list[i].is_async ? '1' : '0';
      out += ')';
    }
    out += ']';
  }
  static const char* operator_name(Operator op) {
    static const char* names[] = {"Add",    "Sub",    "Mult",    "MatMult", "Div",
                                  "Mod",    "Pow",    "LShift",  "RShift",  "BitOr",
                                  "BitXor", "BitAnd", "FloorDiv"};
    return names[static_cast<int>(op)];
  }
  static const char* compare_name(CompareOperator op) {
    static const char* names[] = {"Eq",  "NotEq", "Lt",    "LtE", "Gt",
                                  "GtE", "Is",    "IsNot", "In",  "NotIn"};
    return names[static_cast<int>(op)];
  }

  void constant(const Constant& c) {
    switch (c.value_kind) {
      case ConstantKind::None:
        out += "None";
        break;
      case ConstantKind::True:
        out += "True";
        break;
      case ConstantKind::False:
        out += "False";
        break;
      case ConstantKind::Ellipsis:
        out += "Ellipsis";
        break;
      case ConstantKind::Int: {
        int base = 10;
        std::string_view digits = c.text;
        if (digits.size() > 1 && digits[0] == '0') {
          if (digits[1] == 'x') base = 16;
          if (digits[1] == 'o') base = 8;
          if (digits[1] == 'b') base = 2;
          if (base != 10) digits.remove_prefix(2);
        }
        auto parsed = num::BigInt::parse(digits, base);
        out += parsed.value.to_string();
        break;
      }
      case ConstantKind::Float:
        out += num::float_repr(c.number);
        break;
      case ConstantKind::Complex: {
        std::string r = num::float_repr(c.number);
        if (r.size() > 2 && r.compare(r.size() - 2, 2, ".0") == 0) r.resize(r.size() - 2);
        out += r + "j";
        break;
      }
      case ConstantKind::Str:
        out += python_repr(c.text, false);
        break;
      case ConstantKind::Bytes:
        out += python_repr(c.text, true);
        break;
    }
  }

  void expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::BoolOp: {
        auto& b = static_cast<const BoolOp&>(e);
        out += "BoolOp(op=";
        out += b.op == BoolOperator::And ? "And()" : "Or()";
        out += ", ";
        exprs_field("values", b.values);
        break;
      }
      case ExprKind::NamedExpr: {
        auto& n = static_cast<const NamedExpr&>(e);
        out += "NamedExpr(";
        expr_field("target", n.target);
        expr_field("value", n.value);
        break;
      }
      case ExprKind::BinOp: {
        auto& b = static_cast<const BinOp&>(e);
        out += "BinOp(";
        expr_field("left", b.left);
        out += "op=" + std::string(operator_name(b.op)) + "(), ";
        expr_field("right", b.right);
        break;
      }
      case ExprKind::UnaryOp: {
        auto& u = static_cast<const UnaryOp&>(e);
        static const char* names[] = {"Invert", "Not", "UAdd", "USub"};
        out += "UnaryOp(op=" + std::string(names[static_cast<int>(u.op)]) + "(), ";
        expr_field("operand", u.operand);
        break;
      }
      case ExprKind::Lambda: {
        auto& l = static_cast<const Lambda&>(e);
        out += "Lambda(args=";
        arguments(l.args);
        out += ", ";
        expr_field("body", l.body);
        break;
      }
      case ExprKind::IfExp: {
        auto& i = static_cast<const IfExp&>(e);
        out += "IfExp(";
        expr_field("test", i.test);
        expr_field("body", i.body);
        expr_field("orelse", i.orelse);
        break;
      }
      case ExprKind::Dict: {
        auto& d = static_cast<const Dict&>(e);
        out += "Dict(";
        exprs_field("keys", d.keys);
        exprs_field("values", d.values);
        break;
      }
      case ExprKind::Set: {
        out += "Set(";
        exprs_field("elts", static_cast<const Set&>(e).elts);
        break;
      }
      case ExprKind::ListComp:
      case ExprKind::SetComp:
      case ExprKind::GeneratorExp: {
        const ExprPtr& elt = e.kind == ExprKind::ListComp ? static_cast<const ListComp&>(e).elt
                             : e.kind == ExprKind::SetComp
                                 ? static_cast<const SetComp&>(e).elt
                                 : static_cast<const GeneratorExp&>(e).elt;
        const auto& gens = e.kind == ExprKind::ListComp ? static_cast<const ListComp&>(e).generators
                           : e.kind == ExprKind::SetComp
                               ? static_cast<const SetComp&>(e).generators
                               : static_cast<const GeneratorExp&>(e).generators;
        out += e.kind == ExprKind::ListComp  ? "ListComp("
               : e.kind == ExprKind::SetComp ? "SetComp("
                                             : "GeneratorExp(";
        expr_field("elt", elt);
        out += "generators=";
        comprehensions(gens);
        out += ", ";
        break;
      }
      case ExprKind::DictComp: {
        auto& d = static_cast<const DictComp&>(e);
        out += "DictComp(";
        expr_field("key", d.key);
        expr_field("value", d.value);
        out += "generators=";
        comprehensions(d.generators);
        out += ", ";
        break;
      }
      case ExprKind::Await:
        out += "Await(";
        expr_field("value", static_cast<const Await&>(e).value);
        break;
      case ExprKind::Yield:
        out += "Yield(";
        expr_field("value", static_cast<const Yield&>(e).value);
        break;
      case ExprKind::YieldFrom:
        out += "YieldFrom(";
        expr_field("value", static_cast<const YieldFrom&>(e).value);
        break;
      case ExprKind::Compare: {
        auto& c = static_cast<const Compare&>(e);
        out += "Compare(";
        expr_field("left", c.left);
        out += "ops=[";
        for (std::size_t i = 0; i < c.ops.size(); ++i) {
          if (i) out += ", ";
          out += std::string(compare_name(c.ops[i])) + "()";
        }
        out += "], ";
        exprs_field("comparators", c.comparators);
        break;
      }
      case ExprKind::Call: {
        auto& c = static_cast<const Call&>(e);
        out += "Call(";
        expr_field("func", c.func);
        exprs_field("args", c.args);
        out += "keywords=";
        keywords(c.keywords);
        out += ", ";
        break;
      }
      case ExprKind::FormattedValue: {
        auto& f = static_cast<const FormattedValue&>(e);
        out += "FormattedValue(";
        expr_field("value", f.value);
        out += "conversion=" + std::to_string(f.conversion) + ", ";
        expr_field("format_spec", f.format_spec);
        break;
      }
      case ExprKind::JoinedStr:
        out += "JoinedStr(";
        exprs_field("values", static_cast<const JoinedStr&>(e).values);
        break;
      case ExprKind::Constant:
        out += "Constant(value=";
        constant(static_cast<const Constant&>(e));
        out += ", ";
        if (static_cast<const Constant&>(e).unicode_prefix) out += "kind='u', ";
        break;
      case ExprKind::Attribute: {
        auto& a = static_cast<const Attribute&>(e);
        out += "Attribute(";
        expr_field("value", a.value);
        str_field("attr", a.attr);
        ctx(a.ctx);
        break;
      }
      case ExprKind::Subscript: {
        auto& s = static_cast<const Subscript&>(e);
        out += "Subscript(";
        expr_field("value", s.value);
        expr_field("slice", s.slice);
        ctx(s.ctx);
        break;
      }
      case ExprKind::Starred: {
        auto& s = static_cast<const Starred&>(e);
        out += "Starred(";
        expr_field("value", s.value);
        ctx(s.ctx);
        break;
      }
      case ExprKind::Name: {
        auto& n = static_cast<const Name&>(e);
        out += "Name(";
        str_field("id", n.id);
        ctx(n.ctx);
        break;
      }
      case ExprKind::List: {
        auto& l = static_cast<const List&>(e);
        out += "List(";
        exprs_field("elts", l.elts);
        ctx(l.ctx);
        break;
      }
      case ExprKind::Tuple: {
        auto& t = static_cast<const Tuple&>(e);
        out += "Tuple(";
        exprs_field("elts", t.elts);
        ctx(t.ctx);
        break;
      }
      case ExprKind::Slice: {
        auto& s = static_cast<const Slice&>(e);
        out += "Slice(";
        expr_field("lower", s.lower);
        expr_field("upper", s.upper);
        expr_field("step", s.step);
        break;
      }
    }
    attrs(e.range);
    out += ')';
  }

  void handlers(const std::vector<ExceptHandler>& list) {
    out += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      out += "ExceptHandler(";
      expr_field("type", list[i].type);
      if (!list[i].name.empty()) str_field("name", list[i].name);
      stmts_field("body", list[i].body);
      attrs(list[i].range);
      out += ')';
    }
    out += ']';
  }

  void aliases(const std::vector<Alias>& list) {
    out += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      out += "alias(";
      str_field("name", list[i].name);
      if (!list[i].asname.empty()) str_field("asname", list[i].asname);
      attrs(list[i].range);
      out += ')';
    }
    out += ']';
  }

  void names(const char* node, const std::vector<std::string>& list) {
    out += node;
    out += "(names=[";
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      out += python_repr(list[i], false);
    }
    out += "], ";
  }

  void patterns_field(const char* name, const PatternList& list) {
    field(name);
    out += '[';
    for (std::size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      pattern(*list[i]);
    }
    out += "], ";
  }

  void pattern(const Pattern& p) {
    switch (p.kind) {
      case PatternKind::MatchValue:
        out += "MatchValue(";
        expr_field("value", static_cast<const MatchValue&>(p).value);
        break;
      case PatternKind::MatchSingleton: {
        auto k = static_cast<const MatchSingleton&>(p).value;
        out += "MatchSingleton(value=";
        out += k == ConstantKind::None ? "None" : k == ConstantKind::True ? "True" : "False";
        out += ", ";
        break;
      }
      case PatternKind::MatchSequence:
        out += "MatchSequence(";
        patterns_field("patterns", static_cast<const MatchSequence&>(p).patterns);
        break;
      case PatternKind::MatchMapping: {
        auto& m = static_cast<const MatchMapping&>(p);
        out += "MatchMapping(";
        exprs_field("keys", m.keys);
        patterns_field("patterns", m.patterns);
        if (!m.rest.empty()) str_field("rest", m.rest);
        break;
      }
      case PatternKind::MatchClass: {
        auto& c = static_cast<const MatchClass&>(p);
        out += "MatchClass(";
        expr_field("cls", c.cls);
        patterns_field("patterns", c.patterns);
        out += "kwd_attrs=[";
        for (std::size_t i = 0; i < c.kwd_attrs.size(); ++i) {
          if (i) out += ", ";
          out += python_repr(c.kwd_attrs[i], false);
        }
        out += "], ";
        patterns_field("kwd_patterns", c.kwd_patterns);
        break;
      }
      case PatternKind::MatchStar: {
        auto& star = static_cast<const MatchStar&>(p);
        out += "MatchStar(";
        if (!star.name.empty()) str_field("name", star.name);
        break;
      }
      case PatternKind::MatchAs: {
        auto& as = static_cast<const MatchAs&>(p);
        out += "MatchAs(";
        if (as.pattern) {
          field("pattern");
          pattern(*as.pattern);
          out += ", ";
        }
        if (!as.name.empty()) str_field("name", as.name);
        break;
      }
      case PatternKind::MatchOr:
        out += "MatchOr(";
        patterns_field("patterns", static_cast<const MatchOr&>(p).patterns);
        break;
    }
    attrs(p.range);
    out += ')';
  }

  void stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::FunctionDef:
      case StmtKind::AsyncFunctionDef: {
        auto& f = static_cast<const FunctionDef&>(s);
        out += s.kind == StmtKind::FunctionDef ? "FunctionDef(" : "AsyncFunctionDef(";
        str_field("name", f.name);
        out += "args=";
        arguments(f.args);
        out += ", ";
        stmts_field("body", f.body);
        exprs_field("decorator_list", f.decorator_list);
        expr_field("returns", f.returns);
        break;
      }
      case StmtKind::ClassDef: {
        auto& c = static_cast<const ClassDef&>(s);
        out += "ClassDef(";
        str_field("name", c.name);
        exprs_field("bases", c.bases);
        out += "keywords=";
        keywords(c.keywords);
        out += ", ";
        stmts_field("body", c.body);
        exprs_field("decorator_list", c.decorator_list);
        break;
      }
      case StmtKind::Return:
        out += "Return(";
        expr_field("value", static_cast<const Return&>(s).value);
        break;
      case StmtKind::Delete:
        out += "Delete(";
        exprs_field("targets", static_cast<const Delete&>(s).targets);
        break;
      case StmtKind::Assign: {
        auto& a = static_cast<const Assign&>(s);
        out += "Assign(";
        exprs_field("targets", a.targets);
        expr_field("value", a.value);
        break;
      }
      case StmtKind::AugAssign: {
        auto& a = static_cast<const AugAssign&>(s);
        out += "AugAssign(";
        expr_field("target", a.target);
        out += "op=" + std::string(operator_name(a.op)) + "(), ";
        expr_field("value", a.value);
        break;
      }
      case StmtKind::AnnAssign: {
        auto& a = static_cast<const AnnAssign&>(s);
        out += "AnnAssign(";
        expr_field("target", a.target);
        expr_field("annotation", a.annotation);
        expr_field("value", a.value);
        out += a.simple ? "simple=1, " : "simple=0, ";
        break;
      }
      case StmtKind::For:
      case StmtKind::AsyncFor: {
        auto& f = static_cast<const For&>(s);
        out += s.kind == StmtKind::For ? "For(" : "AsyncFor(";
        expr_field("target", f.target);
        expr_field("iter", f.iter);
        stmts_field("body", f.body);
        stmts_field("orelse", f.orelse);
        break;
      }
      case StmtKind::While: {
        auto& w = static_cast<const While&>(s);
        out += "While(";
        expr_field("test", w.test);
        stmts_field("body", w.body);
        stmts_field("orelse", w.orelse);
        break;
      }
      case StmtKind::If: {
        auto& i = static_cast<const If&>(s);
        out += "If(";
        expr_field("test", i.test);
        stmts_field("body", i.body);
        stmts_field("orelse", i.orelse);
        break;
      }
      case StmtKind::With:
      case StmtKind::AsyncWith: {
        auto& w = static_cast<const With&>(s);
        out += s.kind == StmtKind::With ? "With(items=[" : "AsyncWith(items=[";
        for (std::size_t i = 0; i < w.items.size(); ++i) {
          if (i) out += ", ";
          out += "withitem(";
          field("context_expr");
          expr(*w.items[i].context_expr);
          if (w.items[i].optional_vars) {
            out += ", optional_vars=";
            expr(*w.items[i].optional_vars);
          }
          out += ')';
        }
        out += "], ";
        stmts_field("body", w.body);
        break;
      }
      case StmtKind::Match: {
        auto& m = static_cast<const Match&>(s);
        out += "Match(";
        expr_field("subject", m.subject);
        out += "cases=[";
        for (std::size_t i = 0; i < m.cases.size(); ++i) {
          if (i) out += ", ";
          out += "match_case(pattern=";
          pattern(*m.cases[i].pattern);
          out += ", ";
          expr_field("guard", m.cases[i].guard);
          out += "body=";
          stmts(m.cases[i].body);
          out += ')';
        }
        out += "], ";
        break;
      }
      case StmtKind::Raise: {
        auto& r = static_cast<const Raise&>(s);
        out += "Raise(";
        expr_field("exc", r.exc);
        expr_field("cause", r.cause);
        break;
      }
      case StmtKind::Try:
      case StmtKind::TryStar: {
        auto& t = static_cast<const Try&>(s);
        out += s.kind == StmtKind::Try ? "Try(" : "TryStar(";
        stmts_field("body", t.body);
        out += "handlers=";
        handlers(t.handlers);
        out += ", ";
        stmts_field("orelse", t.orelse);
        stmts_field("finalbody", t.finalbody);
        break;
      }
      case StmtKind::Assert: {
        auto& a = static_cast<const Assert&>(s);
        out += "Assert(";
        expr_field("test", a.test);
        expr_field("msg", a.msg);
        break;
      }
      case StmtKind::Import:
        out += "Import(names=";
        aliases(static_cast<const Import&>(s).names);
        out += ", ";
        break;
      case StmtKind::ImportFrom: {
        auto& i = static_cast<const ImportFrom&>(s);
        out += "ImportFrom(";
        if (!i.module.empty()) str_field("module", i.module);
        out += "names=";
        aliases(i.names);
        out += ", level=" + std::to_string(i.level) + ", ";
        break;
      }
      case StmtKind::Global:
        names("Global", static_cast<const Global&>(s).names);
        break;
      case StmtKind::Nonlocal:
        names("Nonlocal", static_cast<const Nonlocal&>(s).names);
        break;
      case StmtKind::Expr:
        out += "Expr(";
        expr_field("value", static_cast<const ExprStmt&>(s).value);
        break;
      case StmtKind::Pass:
        out += "Pass(";
        break;
      case StmtKind::Break:
        out += "Break(";
        break;
      case StmtKind::Continue:
        out += "Continue(";
        break;
    }
    attrs(s.range);
    out += ')';
  }
};

}  // namespace
}  // namespace py::ast

namespace py {

std::string dump_ast(const ast::Module& module) {
  ast::Dumper d;
  d.module(module);
  return d.out;
}

}  // namespace py
