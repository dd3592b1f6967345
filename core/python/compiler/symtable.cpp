#include "compiler/symtable.hpp"

#include <algorithm>

namespace py {

NameScope Scope::scope_of(const std::string& name) const {
  auto it = resolved.find(name);
  if (it != resolved.end()) return it->second;
  return NameScope::GlobalImplicit;
}

std::string Scope::mangle(const std::string& name) const {
  // Not dunder names, nor dotted module names, nor inside a class named only with underscores.
  if (name.size() < 3 || name.compare(0, 2, "__") != 0 ||
      name.compare(name.size() - 2, 2, "__") == 0 || name.find('.') != std::string::npos)
    return name;
  std::size_t start = private_class.find_first_not_of('_');
  if (start == std::string::npos) return name;
  return "_" + private_class.substr(start) + name;
}

namespace {

class Builder {
 public:
  explicit Builder(SymbolTable& table) : table_(table) {}

  void module(const ast::Module& m) {
    table_.module = std::make_unique<Scope>();
    table_.module->name = "<module>";
    current_ = table_.module.get();
    table_.scopes[&m] = current_;
    for (auto& s : m.body) stmt(*s);
  }

  void fail(const std::string& message, const ast::Range& r) {
    if (table_.error) return;
    SyntaxErrorInfo e;
    e.message = message;
    e.start = {r.line, r.column};
    e.end = {r.end_line, r.end_column};
    table_.error = e;
  }

 private:
  Scope* open(ScopeKind kind, const std::string& name, const void* node) {
    auto scope = std::make_unique<Scope>();
    scope->kind = kind;
    scope->name = name;
    scope->parent = current_;
    scope->private_class = kind == ScopeKind::Class ? name : current_->private_class;
    Scope* raw = scope.get();
    current_->children.push_back(std::move(scope));
    table_.scopes[node] = raw;
    return raw;
  }

  void bind(const std::string& name) { current_->bound.insert(current_->mangle(name)); }
  void use(const std::string& name) { current_->used.insert(current_->mangle(name)); }

  void arguments_defaults(const ast::Arguments& a) {
    for (auto& d : a.defaults) expr(*d);
    for (auto& d : a.kw_defaults)
      if (d) expr(*d);
    auto annotate = [&](const ast::Arg& arg) {
      if (arg.annotation) expr(*arg.annotation);
    };
    for (auto& arg : a.posonlyargs) annotate(arg);
    for (auto& arg : a.args) annotate(arg);
    for (auto& arg : a.kwonlyargs) annotate(arg);
    if (a.vararg) annotate(*a.vararg);
    if (a.kwarg) annotate(*a.kwarg);
  }

  void parameters(const ast::Arguments& a) {
    auto add = [&](const ast::Arg& arg) {
      std::string name = current_->mangle(arg.name);
      if (std::find(current_->params.begin(), current_->params.end(), name) !=
          current_->params.end()) {
        fail("duplicate argument '" + arg.name + "' in function definition", arg.range);
      }
      current_->params.push_back(name);
      current_->bound.insert(name);
    };
    for (auto& arg : a.posonlyargs) add(arg);
    for (auto& arg : a.args) add(arg);
    for (auto& arg : a.kwonlyargs) add(arg);
    if (a.vararg) add(*a.vararg);
    if (a.kwarg) add(*a.kwarg);
  }

  void function(const ast::FunctionDef& f) {
    for (auto& d : f.decorator_list) expr(*d);
    arguments_defaults(f.args);
    if (f.returns) expr(*f.returns);
    bind(f.name);
    Scope* saved = current_;
    current_ = open(ScopeKind::Function, f.name, &f);
    current_->is_coroutine = f.kind == ast::StmtKind::AsyncFunctionDef;
    parameters(f.args);
    for (auto& s : f.body) stmt(*s);
    current_ = saved;
  }

  void stmts(const ast::StmtList& list) {
    for (auto& s : list) stmt(*s);
  }

  void stmt(const ast::Stmt& s) {
    using K = ast::StmtKind;
    switch (s.kind) {
      case K::FunctionDef:
      case K::AsyncFunctionDef:
        function(static_cast<const ast::FunctionDef&>(s));
        break;
      case K::ClassDef: {
        auto& c = static_cast<const ast::ClassDef&>(s);
        for (auto& d : c.decorator_list) expr(*d);
        for (auto& b : c.bases) expr(*b);
        for (auto& k : c.keywords) expr(*k.value);
        bind(c.name);
        Scope* saved = current_;
        current_ = open(ScopeKind::Class, c.name, &c);
        stmts(c.body);
        current_ = saved;
        break;
      }
      case K::Return: {
        auto& r = static_cast<const ast::Return&>(s);
        if (r.value) expr(*r.value);
        break;
      }
      case K::Delete:
        for (auto& t : static_cast<const ast::Delete&>(s).targets) expr(*t);
        break;
      case K::Assign: {
        auto& a = static_cast<const ast::Assign&>(s);
        for (auto& t : a.targets) expr(*t);
        expr(*a.value);
        break;
      }
      case K::AugAssign: {
        auto& a = static_cast<const ast::AugAssign&>(s);
        expr(*a.target);
        if (a.target->kind == ast::ExprKind::Name)
          use(static_cast<const ast::Name&>(*a.target).id);
        expr(*a.value);
        break;
      }
      case K::AnnAssign: {
        auto& a = static_cast<const ast::AnnAssign&>(s);
        expr(*a.target);
        // Its names are uses, as in CPython: a class body in a function evaluates the
        // annotation, which may read the function's variables.
        expr(*a.annotation);
        if (a.value) expr(*a.value);
        break;
      }
      case K::For:
      case K::AsyncFor: {
        auto& f = static_cast<const ast::For&>(s);
        if (s.kind == K::AsyncFor) note_await();
        expr(*f.target);
        expr(*f.iter);
        stmts(f.body);
        stmts(f.orelse);
        break;
      }
      case K::While: {
        auto& w = static_cast<const ast::While&>(s);
        expr(*w.test);
        stmts(w.body);
        stmts(w.orelse);
        break;
      }
      case K::If: {
        auto& i = static_cast<const ast::If&>(s);
        expr(*i.test);
        stmts(i.body);
        stmts(i.orelse);
        break;
      }
      case K::With:
      case K::AsyncWith: {
        auto& w = static_cast<const ast::With&>(s);
        if (s.kind == K::AsyncWith) note_await();
        for (auto& item : w.items) {
          expr(*item.context_expr);
          if (item.optional_vars) expr(*item.optional_vars);
        }
        stmts(w.body);
        break;
      }
      case K::Raise: {
        auto& r = static_cast<const ast::Raise&>(s);
        if (r.exc) expr(*r.exc);
        if (r.cause) expr(*r.cause);
        break;
      }
      case K::Try:
      case K::TryStar: {
        auto& t = static_cast<const ast::Try&>(s);
        stmts(t.body);
        for (auto& h : t.handlers) {
          if (h.type) expr(*h.type);
          if (!h.name.empty()) bind(h.name);
          stmts(h.body);
        }
        stmts(t.orelse);
        stmts(t.finalbody);
        break;
      }
      case K::Assert: {
        auto& a = static_cast<const ast::Assert&>(s);
        expr(*a.test);
        if (a.msg) expr(*a.msg);
        break;
      }
      case K::Import:
        for (auto& alias : static_cast<const ast::Import&>(s).names) {
          std::string name = alias.asname.empty() ? alias.name.substr(0, alias.name.find('.'))
                                                  : alias.asname;
          bind(name);
        }
        break;
      case K::ImportFrom:
        for (auto& alias : static_cast<const ast::ImportFrom&>(s).names) {
          if (alias.name == "*") {
            if (current_->kind != ScopeKind::Module)
              fail("import * only allowed at module level", s.range);
            continue;
          }
          bind(alias.asname.empty() ? alias.name : alias.asname);
        }
        break;
      case K::Global:
        for (auto& written : static_cast<const ast::Global&>(s).names) {
          std::string n = current_->mangle(written);
          if (current_->params.end() !=
              std::find(current_->params.begin(), current_->params.end(), n)) {
            fail("name '" + written + "' is parameter and global", s.range);
          } else if (current_->used.count(n) || current_->bound.count(n)) {
            fail("name '" + written + "' is " +
                     (current_->bound.count(n) ? "assigned to before" : "used prior to") +
                     " global declaration",
                 s.range);
          }
          current_->globals.insert(n);
        }
        break;
      case K::Nonlocal:
        for (auto& written : static_cast<const ast::Nonlocal&>(s).names) {
          std::string n = current_->mangle(written);
          if (current_->kind == ScopeKind::Module) {
            fail("nonlocal declaration not allowed at module level", s.range);
          } else if (current_->used.count(n) || current_->bound.count(n)) {
            fail("name '" + written + "' is " +
                     (current_->bound.count(n) ? "assigned to before" : "used prior to") +
                     " nonlocal declaration",
                 s.range);
          }
          current_->nonlocals.insert(n);
          current_->nonlocal_statements.emplace(n, s.range);
        }
        break;
      case K::Expr:
        expr(*static_cast<const ast::ExprStmt&>(s).value);
        break;
      case K::Match: {
        auto& m = static_cast<const ast::Match&>(s);
        expr(*m.subject);
        for (auto& c : m.cases) {
          pattern(*c.pattern);
          if (c.guard) expr(*c.guard);
          stmts(c.body);
        }
        break;
      }
      case K::Pass:
      case K::Break:
      case K::Continue:
        break;
    }
  }

  // A pattern's captures bind in the current scope; its values and classes are loads.
  void pattern(const ast::Pattern& p) {
    using K = ast::PatternKind;
    switch (p.kind) {
      case K::MatchValue:
        expr(*static_cast<const ast::MatchValue&>(p).value);
        break;
      case K::MatchSingleton:
        break;
      case K::MatchSequence:
        for (auto& sub : static_cast<const ast::MatchSequence&>(p).patterns) pattern(*sub);
        break;
      case K::MatchMapping: {
        auto& m = static_cast<const ast::MatchMapping&>(p);
        for (auto& key : m.keys) expr(*key);
        for (auto& sub : m.patterns) pattern(*sub);
        if (!m.rest.empty()) bind(m.rest);
        break;
      }
      case K::MatchClass: {
        auto& c = static_cast<const ast::MatchClass&>(p);
        expr(*c.cls);
        for (auto& sub : c.patterns) pattern(*sub);
        for (auto& sub : c.kwd_patterns) pattern(*sub);
        break;
      }
      case K::MatchStar: {
        auto& star = static_cast<const ast::MatchStar&>(p);
        if (!star.name.empty()) bind(star.name);
        break;
      }
      case K::MatchAs: {
        auto& as = static_cast<const ast::MatchAs&>(p);
        if (as.pattern) pattern(*as.pattern);
        if (!as.name.empty()) bind(as.name);
        break;
      }
      case K::MatchOr:
        for (auto& sub : static_cast<const ast::MatchOr&>(p).patterns) pattern(*sub);
        break;
    }
  }

  void note_await() {
    current_->has_await = true;
    if (current_->kind == ScopeKind::Comprehension) current_->is_coroutine = true;
  }

  void comprehension(const ast::Expr& node, const std::vector<ast::Comprehension>& gens,
                     const std::vector<const ast::Expr*>& elements, const char* name,
                     bool generator) {
    // The first iterable is evaluated in the enclosing scope; the rest inside.
    expr(*gens[0].iter);
    Scope* saved = current_;
    current_ = open(ScopeKind::Comprehension, name, &node);
    current_->is_generator = generator;
    current_->params.push_back(".0");
    bind(".0");
    for (std::size_t i = 0; i < gens.size(); ++i) {
      if (gens[i].is_async) note_await();
      expr(*gens[i].target);
      if (i > 0) expr(*gens[i].iter);
      for (auto& cond : gens[i].ifs) expr(*cond);
    }
    for (auto* e : elements) expr(*e);
    bool is_async = current_->is_coroutine;
    current_ = saved;
    // An async comprehension (not a generator expression) is awaited where it stands.
    if (is_async && !generator) note_await();
  }

  void expr(const ast::Expr& e) {
    using K = ast::ExprKind;
    switch (e.kind) {
      case K::BoolOp:
        for (auto& v : static_cast<const ast::BoolOp&>(e).values) expr(*v);
        break;
      case K::NamedExpr: {
        auto& n = static_cast<const ast::NamedExpr&>(e);
        expr(*n.value);
        // Inside a comprehension the target binds in the enclosing function scope.
        Scope* target_scope = current_;
        while (target_scope->kind == ScopeKind::Comprehension) target_scope = target_scope->parent;
        std::string name = current_->mangle(static_cast<const ast::Name&>(*n.target).id);
        target_scope->bound.insert(name);
        if (target_scope != current_) {
          for (Scope* s = current_; s != target_scope; s = s->parent) s->nonlocals.insert(name);
          if (target_scope->kind == ScopeKind::Module) {
            for (Scope* s = current_; s != target_scope; s = s->parent) {
              s->nonlocals.erase(name);
              s->globals.insert(name);
            }
          }
        }
        break;
      }
      case K::BinOp: {
        auto& b = static_cast<const ast::BinOp&>(e);
        expr(*b.left);
        expr(*b.right);
        break;
      }
      case K::UnaryOp:
        expr(*static_cast<const ast::UnaryOp&>(e).operand);
        break;
      case K::Lambda: {
        auto& l = static_cast<const ast::Lambda&>(e);
        arguments_defaults(l.args);
        Scope* saved = current_;
        current_ = open(ScopeKind::Function, "<lambda>", &l);
        parameters(l.args);
        expr(*l.body);
        current_ = saved;
        break;
      }
      case K::IfExp: {
        auto& i = static_cast<const ast::IfExp&>(e);
        expr(*i.test);
        expr(*i.body);
        expr(*i.orelse);
        break;
      }
      case K::Dict: {
        auto& d = static_cast<const ast::Dict&>(e);
        for (auto& k : d.keys)
          if (k) expr(*k);
        for (auto& v : d.values) expr(*v);
        break;
      }
      case K::Set:
        for (auto& v : static_cast<const ast::Set&>(e).elts) expr(*v);
        break;
      case K::ListComp: {
        auto& c = static_cast<const ast::ListComp&>(e);
        comprehension(e, c.generators, {c.elt.get()}, "<listcomp>", false);
        break;
      }
      case K::SetComp: {
        auto& c = static_cast<const ast::SetComp&>(e);
        comprehension(e, c.generators, {c.elt.get()}, "<setcomp>", false);
        break;
      }
      case K::DictComp: {
        auto& c = static_cast<const ast::DictComp&>(e);
        comprehension(e, c.generators, {c.key.get(), c.value.get()}, "<dictcomp>", false);
        break;
      }
      case K::GeneratorExp: {
        auto& c = static_cast<const ast::GeneratorExp&>(e);
        comprehension(e, c.generators, {c.elt.get()}, "<genexpr>", true);
        break;
      }
      case K::Await:
        note_await();
        expr(*static_cast<const ast::Await&>(e).value);
        break;
      case K::Yield: {
        auto& y = static_cast<const ast::Yield&>(e);
        current_->is_generator = true;
        if (y.value) expr(*y.value);
        break;
      }
      case K::YieldFrom:
        current_->is_generator = true;
        expr(*static_cast<const ast::YieldFrom&>(e).value);
        break;
      case K::Compare: {
        auto& c = static_cast<const ast::Compare&>(e);
        expr(*c.left);
        for (auto& v : c.comparators) expr(*v);
        break;
      }
      case K::Call: {
        auto& c = static_cast<const ast::Call&>(e);
        expr(*c.func);
        if (c.func->kind == K::Name && static_cast<const ast::Name&>(*c.func).id == "super")
          current_->uses_super = true;
        for (auto& a : c.args) expr(*a);
        for (auto& k : c.keywords) expr(*k.value);
        break;
      }
      case K::FormattedValue: {
        auto& f = static_cast<const ast::FormattedValue&>(e);
        expr(*f.value);
        if (f.format_spec) expr(*f.format_spec);
        break;
      }
      case K::JoinedStr:
        for (auto& v : static_cast<const ast::JoinedStr&>(e).values) expr(*v);
        break;
      case K::Constant:
        break;
      case K::Attribute:
        expr(*static_cast<const ast::Attribute&>(e).value);
        break;
      case K::Subscript: {
        auto& s = static_cast<const ast::Subscript&>(e);
        expr(*s.value);
        expr(*s.slice);
        break;
      }
      case K::Starred:
        expr(*static_cast<const ast::Starred&>(e).value);
        break;
      case K::Name: {
        auto& n = static_cast<const ast::Name&>(e);
        if (n.ctx == ast::ExprContext::Load) {
          use(n.id);
          if (n.id == "__class__") current_->uses_super = true;
        } else {
          bind(n.id);
        }
        break;
      }
      case K::List:
        for (auto& v : static_cast<const ast::List&>(e).elts) expr(*v);
        break;
      case K::Tuple:
        for (auto& v : static_cast<const ast::Tuple&>(e).elts) expr(*v);
        break;
      case K::Slice: {
        auto& s = static_cast<const ast::Slice&>(e);
        if (s.lower) expr(*s.lower);
        if (s.upper) expr(*s.upper);
        if (s.step) expr(*s.step);
        break;
      }
    }
  }

  SymbolTable& table_;
  Scope* current_ = nullptr;
};

bool is_function_like(const Scope* s) {
  return s->kind == ScopeKind::Function || s->kind == ScopeKind::Comprehension;
}

// Does an enclosing function scope (class bodies skipped) bind `name`? Returns it.
Scope* find_binding(Scope* from, const std::string& name) {
  for (Scope* s = from; s && s->kind != ScopeKind::Module; s = s->parent) {
    if (s->kind == ScopeKind::Class) continue;
    if (s->globals.count(name)) return nullptr;
    if (s->nonlocals.count(name)) continue;
    if (s->bound.count(name)) return s;
  }
  return nullptr;
}

void mark_free_path(Scope* user, Scope* owner, const std::string& name) {
  owner->resolved[name] = NameScope::Cell;
  for (Scope* s = user; s != owner; s = s->parent) {
    auto it = s->resolved.find(name);
    if (s == user || it == s->resolved.end() || it->second != NameScope::Local)
      s->resolved[name] = NameScope::Free;
  }
}

void resolve(Scope* scope, std::optional<SyntaxErrorInfo>& error) {
  // Local and declared names first; then everything this scope reads or writes.
  for (auto& name : scope->globals) scope->resolved[name] = NameScope::GlobalExplicit;
  if (scope->kind != ScopeKind::Module) {
    for (auto& name : scope->bound)
      if (!scope->globals.count(name) && !scope->nonlocals.count(name))
        scope->resolved[name] = NameScope::Local;
  }
  for (auto& name : scope->nonlocals) {
    Scope* owner = find_binding(scope->parent, name);
    if (!owner) {
      if (!error) {
        SyntaxErrorInfo e;
        e.message = "no binding for nonlocal '" + name + "' found";
        if (auto declared = scope->nonlocal_statements.find(name);
            declared != scope->nonlocal_statements.end()) {
          const ast::Range& r = declared->second;
          e.start = {r.line, r.column};
          e.end = {r.end_line, r.end_column};
        }
        error = e;
      }
      continue;
    }
    mark_free_path(scope, owner, name);
  }
  if (scope->uses_super && is_function_like(scope)) {
    // super() and __class__ read the class cell of the nearest enclosing class body.
    for (Scope* s = scope->parent; s; s = s->parent) {
      if (s->kind == ScopeKind::Class) {
        s->needs_class_cell = true;
        for (Scope* t = scope; t != s; t = t->parent) t->resolved["__class__"] = NameScope::Free;
        break;
      }
    }
  }
  for (auto& child : scope->children) resolve(child.get(), error);
  // Reads of names bound in an enclosing function are free here.
  if (scope->kind != ScopeKind::Module) {
    for (auto& name : scope->used) {
      if (scope->resolved.count(name)) continue;
      Scope* owner = find_binding(scope->parent, name);
      if (owner) mark_free_path(scope, owner, name);
    }
  }
}

void collect_cells(Scope* scope) {
  for (auto& [name, where] : scope->resolved) {
    if (where == NameScope::Cell) scope->cellvars.push_back(name);
    if (where == NameScope::Free) scope->freevars.push_back(name);
  }
  if (scope->needs_class_cell &&
      std::find(scope->cellvars.begin(), scope->cellvars.end(), "__class__") ==
          scope->cellvars.end()) {
    scope->cellvars.push_back("__class__");
  }
  for (auto& child : scope->children) collect_cells(child.get());
}

}  // namespace

SymbolTable build_symbol_table(const ast::Module& module) {
  SymbolTable table;
  Builder builder(table);
  builder.module(module);
  if (table.error) return table;
  resolve(table.module.get(), table.error);
  collect_cells(table.module.get());
  return table;
}

}  // namespace py
