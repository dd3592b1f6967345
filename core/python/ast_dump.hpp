// ast.dump(tree, include_attributes=True) of CPython 3.11, for our AST: the parser's tests
// compare it with CPython's output, node for node and position for position.
#pragma once

#include <string>

#include "ast.hpp"

namespace py {

std::string dump_ast(const ast::Module& module);

}  // namespace py
