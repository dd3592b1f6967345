// Scopes: for every function, lambda, comprehension and class body, which names are local,
// global, free (captured from an enclosing function) or cells (captured by an inner one) —
// CPython's symtable rules, including class bodies being skipped when resolving free names and
// the implicit `__class__` cell that zero-argument super() needs.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ast.hpp"
#include "compiler/sorted_vector.hpp"
#include "lexer.hpp"

namespace py {

enum class ScopeKind { Module, Function, Class, Comprehension };
enum class NameScope { Local, GlobalExplicit, GlobalImplicit, Free, Cell };

struct Scope {
  ScopeKind kind = ScopeKind::Module;
  std::string name;
  std::string private_class;  // the enclosing class body's name, whose `__x` names are mangled
  Scope* parent = nullptr;
  std::vector<std::unique_ptr<Scope>> children;

  SortedSet<std::string> bound;                            // assigned, parameters, imports, defs
  SortedSet<std::string> used;                             // read
  SortedSet<std::string> globals;                          // `global` declarations
  SortedSet<std::string> nonlocals;                        // `nonlocal` declarations
  SortedMap<std::string, ast::Range> nonlocal_statements;  // where each was declared first
  std::vector<std::string> params;  // in order
  SortedMap<std::string, NameScope> resolved;
  std::vector<std::string> cellvars, freevars;  // sorted as CPython sorts them
  bool is_generator = false;
  bool is_coroutine = false;
  bool has_await = false;     // module: top-level await
  bool uses_super = false;    // needs the __class__ cell
  bool needs_class_cell = false;  // class body: a method uses __class__/super

  NameScope scope_of(const std::string& name) const;
  // `__x` inside class A is `_A__x`, as CPython's _Py_Mangle (the key of every table here).
  std::string mangle(const std::string& name) const;
};

// Scope of each node that opens one, keyed by the node.
struct SymbolTable {
  std::unique_ptr<Scope> module;
  SortedMap<const void*, Scope*> scopes;
  std::optional<SyntaxErrorInfo> error;
};

SymbolTable build_symbol_table(const ast::Module& module);

}  // namespace py
