// The parser: tokens → the AST of ast.hpp, following CPython 3.11's grammar (Grammar/
// python.gram) by recursive descent, with its node ranges and its error messages for the
// mistakes students make ("expected ':'", "invalid syntax. Perhaps you forgot a comma?",
// "cannot assign to literal here. Maybe you meant '==' instead of '='?", "expected an indented
// block after 'if' statement on line 3"...).
//
// As in CPython, a tokenizer error is reported only when the parser gets that far: an earlier
// grammar error wins. Nesting deeper than the parser's limit is a RecursionError, as CPython's
// "maximum recursion depth exceeded during compilation", never a native stack overflow.
#pragma once

#include <memory>
#include <optional>
#include <string_view>

#include "ast.hpp"
#include "lexer.hpp"

namespace py {

struct ParseResult {
  std::unique_ptr<ast::Module> module;  // null on error
  std::optional<SyntaxErrorInfo> error;
};

ParseResult parse_module(std::string_view source);

}  // namespace py
