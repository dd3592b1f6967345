// The compiler: AST → code objects, in two passes over each module. The first (symtable.cpp)
// decides every name's scope — local, global, or a cell shared with inner functions — as
// CPython's symtable does; the second (compiler.cpp) emits bytecode with the source range of
// each instruction.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ast.hpp"
#include "lexer.hpp"
#include "vm/code.hpp"

namespace py {

class VM;

struct CompileOptions {
  bool display = false;  // echo the final expression statement (notebook Out[])
  bool eval = false;     // eval(): the source is one expression, whose value the code returns
  bool single = false;   // compile(..., 'single'): one statement, its expressions echoed
  // await, async for and async with in the module body, which then runs as a coroutine
  // (programs and notebook cells; not compile(), exec() or eval(), as in CPython).
  bool top_level_await = true;
};

// A SyntaxWarning of CPython 3.11's compiler ("is" with a literal...), on its line.
struct CompileWarning {
  std::uint32_t line;
  std::string message;
};

struct CompileResult {
  std::shared_ptr<Code> code;
  std::optional<SyntaxErrorInfo> error;
  bool after_parsing = false;  // the error is the symbol table's or the compiler's
  std::vector<CompileWarning> warnings;  // in the order the compiler met them
};

// Parses and compiles a whole program. A program with top-level `await` compiles to a module
// code flagged kTopLevelAwait, which runs as a coroutine.
CompileResult compile_program(VM& vm, std::shared_ptr<const Source> source,
                              const CompileOptions& options);
// The same from the source's syntax tree, already parsed (the library modules' trees are kept
// for the VMs after the first: modules/python_modules.cpp).
CompileResult compile_parsed(VM& vm, std::shared_ptr<const Source> source,
                             const ast::Module& module, const CompileOptions& options);

std::shared_ptr<Source> make_source(std::string filename, std::string text);

// The Python object of a code (vm/vm.cpp).
Value make_code_object(VM& vm, std::shared_ptr<Code> code);

}  // namespace py
