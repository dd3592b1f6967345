#include "program.hpp"

#include <algorithm>

#include "compiler/compiler.hpp"
#include "vm/runtime_support.hpp"

namespace py {

std::string suggest_name(std::string_view name, const std::vector<std::string>& candidates);

namespace {

// The source line without its indentation, and how much indentation was removed.
std::string_view stripped_line(const Source& source, std::uint32_t line, std::uint32_t& removed) {
  std::string_view text = source.line(line);
  removed = 0;
  while (removed < text.size() && (text[removed] == ' ' || text[removed] == '\t')) ++removed;
  text.remove_prefix(removed);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  return text;
}

std::uint32_t columns(std::string_view utf8) {
  std::uint32_t n = 0;
  for (unsigned char c : utf8)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

// "ValueError: message", "__main__.MyError", "KeyError: 'k'", with 3.11's suggestions.
std::string exception_line(VM& vm, const Value& exception) {
  Type* type = vm.type_of(exception);
  std::string name = type->qualname;
  if (type->module != "builtins" && type->module != "__main__") name = type->module + "." + name;
  std::optional<std::string> text = vm.str_text_of(exception);
  if (!text) vm.take_exception();
  std::string message = text.value_or("<exception str() failed>");
  ExceptionObject* e = vm.as_exception(exception);
  if (e && e->dict && vm.is_instance(exception, vm.exc().NameError)) {
    if (Value hint = vm.dict_get_item(*e->dict.as<Dict>(), "__suggestion__"))
      message += ". Did you mean: '" + VM::str_text(hint) + "'?";
  } else if (e && e->dict && vm.is_instance(exception, vm.exc().AttributeError)) {
    Value name_value = vm.dict_get_item(*e->dict.as<Dict>(), "name");
    Value object = vm.dict_get_item(*e->dict.as<Dict>(), "obj");
    if (name_value && object && vm.is_str(name_value)) {
      std::vector<std::string> candidates;
      Value names = vm.call(vm.dict_get_item(*vm.builtins().as<Dict>(), "dir"), {object});
      if (names && vm.type_index(names) == kListType) {
        for (const Value& n : names.as<List>()->items)
          if (vm.is_str(n)) candidates.push_back(VM::str_text(n));
      } else if (vm.has_pending_exception()) {
        vm.take_exception();
      }
      std::string hint = suggest_name(VM::str_text(name_value), candidates);
      if (!hint.empty()) message += ". Did you mean: '" + hint + "'?";
    }
  }
  if (message.empty()) return name + "\n";
  return name + ": " + message + "\n";
}

void format_traceback(const ExceptionObject& e, std::string& out) {
  if (e.traceback.empty()) return;
  out += "Traceback (most recent call last):\n";
  // Entries were appended while unwinding: innermost first.
  for (auto it = e.traceback.rbegin(); it != e.traceback.rend(); ++it) {
    const Code& code = *it->code;
    std::uint32_t line = code.line_of(it->instruction);
    std::string filename = code.source ? code.source->filename : "<unknown>";
    out += "  File \"" + filename + "\", line " + std::to_string(line) + ", in " + code.name + "\n";
    if (!code.source) continue;
    std::uint32_t removed;
    std::string_view text = stripped_line(*code.source, line, removed);
    if (text.empty()) continue;
    out += "    " + std::string(text) + "\n";
    // 3.11's carets, when the failing expression is not the whole line.
    if (it->instruction < code.positions.size()) {
      const ast::Range& r = code.positions[it->instruction];
      if (r.line == line && r.end_line == line && r.column >= removed) {
        std::string_view full = code.source->line(line);
        std::uint32_t start = columns(full.substr(0, r.column)) - columns(full.substr(0, removed));
        std::uint32_t end =
            columns(full.substr(0, std::min<std::size_t>(r.end_column, full.size()))) -
            columns(full.substr(0, removed));
        if (end > start && !(start == 0 && end >= columns(text)))
          out += "    " + std::string(start, ' ') + std::string(end - start, '^') + "\n";
      }
    }
  }
}

void format_chain(VM& vm, const Value& exception, std::vector<const Object*>& seen,
                  std::string& out) {
  seen.push_back(exception.object());
  ExceptionObject* e = vm.as_exception(exception);
  if (!e) {
    out += exception_line(vm, exception);
    return;
  }
  auto unseen = [&](const Value& v) {
    return v && std::find(seen.begin(), seen.end(), v.object()) == seen.end();
  };
  if (unseen(e->cause)) {
    format_chain(vm, e->cause, seen, out);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (!e->suppress_context && unseen(e->context)) {
    format_chain(vm, e->context, seen, out);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  format_traceback(*e, out);
  out += exception_line(vm, exception);
  if (e->notes && vm.type_index(e->notes) == kListType)
    for (const Value& note : e->notes.as<List>()->items)
      if (vm.is_str(note)) out += VM::str_text(note) + "\n";
}

}  // namespace

std::string format_exception(VM& vm, const Value& exception) {
  std::vector<const Object*> seen;
  std::string out;
  format_chain(vm, exception, seen, out);
  return out;
}

Program::Program(VM& vm, ProgramOptions options) : vm_(vm), options_(options) {}

Program::~Program() {
  if (suspended_) vm_.interpreter().discard_chain(suspended_);
}

Program::Step Program::start(std::string filename, std::string text) {
  auto source = make_source(filename, std::move(text));
  CompileOptions compile_options;
  compile_options.display = options_.display;
  CompileResult compiled = compile_program(vm_, source, compile_options);
  if (!compiled.code) {
    const SyntaxErrorInfo& error = *compiled.error;
    std::string out =
        "  File \"" + filename + "\", line " + std::to_string(error.start.line) + "\n";
    std::uint32_t removed = 0;
    std::string_view line = stripped_line(*source, error.start.line, removed);
    if (!line.empty()) {
      out += "    " + std::string(line) + "\n";
      std::string_view full = source->line(error.start.line);
      std::uint32_t start =
          error.start.column >= removed
              ? columns(full.substr(0, std::min<std::size_t>(error.start.column, full.size()))) -
                    columns(full.substr(0, removed))
              : 0;
      std::uint32_t end = start + 1;
      if (error.end.line == error.start.line && error.end.column > error.start.column)
        end = columns(full.substr(0, std::min<std::size_t>(error.end.column, full.size()))) -
              columns(full.substr(0, removed));
      out += "    " + std::string(start, ' ') + std::string(std::max(end, start + 1) - start, '^') +
             "\n";
    }
    out += error.type + ": " + error.message + "\n";
    vm_.host().write_stderr(out);
    exit_status_ = 1;
    return Step::Finished;
  }
  code_ = compiled.code;
  if (code_->flags & kTopLevelAwait) {
    vm_.host().write_stderr("  File \"" + filename +
                            "\"\nSyntaxError: top-level 'await' needs the asyncio module, which is "
                            "not available yet\n");
    exit_status_ = 1;
    return Step::Finished;
  }
  globals_ = vm_.make_dict();
  Dict& globals = *globals_.as<Dict>();
  vm_.dict_set_item(globals, "__name__", vm_.make_str("__main__"));
  vm_.dict_set_item(globals, "__doc__", code_->doc ? code_->doc : vm_.none());
  Frame* frame = new_frame(code_.get());
  frame->globals = globals_;
  frame->locals = globals_;
  frame->mode = FrameMode::Entry;
  vm_.interpreter().set_suspendable();
  return handle(vm_.interpreter().run(frame));
}

Program::Step Program::resume(Value answer, Value thrown) {
  Frame* frame = suspended_;
  suspended_ = nullptr;
  request_ = HostRequest{};
  vm_.interpreter().set_suspendable();
  return handle(vm_.interpreter().resume(frame, std::move(answer), std::move(thrown)));
}

Program::Step Program::handle(RunResult result) {
  switch (result.status) {
    case RunStatus::Returned:
      return Step::Finished;
    case RunStatus::Raised:
      report_uncaught(vm_.take_exception());
      return Step::Finished;
    case RunStatus::HostRequest:
      request_ = std::move(vm_.interpreter().host_request);
      vm_.interpreter().host_request = HostRequest{};
      suspended_ = result.innermost;
      return Step::HostRequest;
    default:
      vm_.interpreter().discard_chain(result.innermost);
      report_uncaught(Value());
      return Step::Finished;
  }
}

void Program::report_uncaught(Value exception) {
  if (!exception) {
    vm_.host().write_stderr("RuntimeError: the program waited on something nothing will finish\n");
    exit_status_ = 1;
    return;
  }
  if (vm_.is_instance(exception, vm_.exc().SystemExit)) {
    ExceptionObject* e = vm_.as_exception(exception);
    auto& args = e->args.as<Tuple>()->items;
    std::int64_t code = 0;
    if (args.empty() || vm_.is_none(args[0])) {
      exit_status_ = 0;
    } else if (vm_.to_int64(args[0], code)) {
      exit_status_ = static_cast<int>(code & 0xff);
    } else {
      vm_.host().write_stderr(vm_.str_text_of(args[0]).value_or("") + "\n");
      exit_status_ = 1;
    }
    return;
  }
  vm_.host().write_stderr(format_exception(vm_, exception));
  exit_status_ = 1;
}

}  // namespace py
