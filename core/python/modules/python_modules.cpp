// Modules written in Python (the asyncio prelude, itertools, functools, operator, most of random
// and collections), compiled into the engine as text by CMake (cmake/EmbedText.cmake) and run in
// their module's namespace on first import.
#include "compiler/compiler.hpp"
#include "modules/modules.hpp"
#include "vm/builtin_types.hpp"
#include "vm/interpreter.hpp"

namespace py {

extern const char kItertoolsSource[];  // itertools.py, embedded by CMake
extern const char kFunctoolsSource[];  // functools.py
extern const char kOperatorSource[];   // operator.py

bool exec_module_source(VM& vm, Module& module, std::string filename, const char* text,
                        bool hidden) {
  std::shared_ptr<Source> source = make_source(std::move(filename), text);
  source->hidden = hidden;
  CompileResult compiled = compile_program(vm, source, {});
  if (!compiled.code) {
    vm.raise(vm.exc().SyntaxError, compiled.error->message);
    return false;
  }
  Frame* frame = new_frame(compiled.code.get());
  if (!frame) {
    vm.raise(vm.exc().MemoryError, "");
    return false;
  }
  frame->globals = module.dict;
  frame->locals = module.dict;
  frame->mode = FrameMode::Entry;
  // The frame refers to its code without owning it: keep the code alive while it runs (the
  // module's functions hold it afterwards).
  std::shared_ptr<Code> code = compiled.code;
  RunResult result = vm.interpreter().run(frame);
  if (result.status == RunStatus::Returned) return true;
  if (result.status != RunStatus::Raised) {
    vm.interpreter().discard_chain(result.innermost);
    vm.raise(vm.exc().RuntimeError, "module " + VM::str_text(module.name) + " tried to wait");
  }
  return false;
}

// CPython's C modules, written in Python here: their frames are hidden like C code.
bool init_itertools(VM& vm, Module& module) {
  return exec_module_source(vm, module, "<frozen itertools>", kItertoolsSource, true);
}

bool init_functools(VM& vm, Module& module) {
  return exec_module_source(vm, module, "<frozen functools>", kFunctoolsSource, true);
}

bool init_operator(VM& vm, Module& module) {
  return exec_module_source(vm, module, "<frozen operator>", kOperatorSource, true);
}

}  // namespace py
