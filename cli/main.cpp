// The native host: `attendable [--virtual-time] [--display] FILE.py|-`.
// stdout is the program's output, stderr its warnings and tracebacks; exit 0 on success, 1 on
// an uncaught exception (SyntaxError included), 2 on a usage error. Ctrl-C raises
// KeyboardInterrupt in the program.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>

#include "program.hpp"

namespace {

volatile std::sig_atomic_t interrupted = 0;

class TerminalHost : public py::Host {
 public:
  void write_stdout(std::string_view text) override {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
  }
  void write_stderr(std::string_view text) override {
    std::fflush(stdout);
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
  }
  bool interrupt_requested() override {
    if (!interrupted) return false;
    interrupted = 0;
    return true;
  }
};

int usage(const std::string& problem) {
  std::cerr << "attendable: " << problem << "\n"
            << "usage: attendable [--virtual-time] [--display] FILE.py|-\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  bool virtual_time = false;
  py::ProgramOptions options;
  std::string path;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--virtual-time") {
      virtual_time = true;
    } else if (arg == "--display") {
      options.display = true;
    } else if (arg == "-h" || arg == "--help") {
      std::cout << "usage: attendable [--virtual-time] [--display] FILE.py|-\n";
      return 0;
    } else if (arg.size() > 1 && arg[0] == '-') {
      return usage("unknown option " + arg);
    } else if (path.empty()) {
      path = arg;
    } else {
      return usage("one program at a time");
    }
  }
  if (path.empty()) return usage("no program given");
  std::string text;
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    text = buffer.str();
    path = "<stdin>";
  } else {
    std::ifstream file(path, std::ios::binary);
    if (!file) return usage("cannot read " + path);
    std::ostringstream buffer;
    buffer << file.rdbuf();
    text = buffer.str();
  }
  std::signal(SIGINT, [](int) { interrupted = 1; });

  TerminalHost host;
  py::VM vm(host);
  py::Program program(vm, options);
  py::Program::Step step = program.start(path, std::move(text));
  while (step == py::Program::Step::HostRequest) {
    const py::HostRequest& request = program.request();
    switch (request.kind) {
      case py::HostRequest::Kind::Sleep:
        if (!virtual_time)
          std::this_thread::sleep_for(std::chrono::duration<double>(request.seconds));
        step = program.resume(vm.none());
        break;
      case py::HostRequest::Kind::Input: {
        host.write_stdout(request.prompt);
        std::string line;
        if (std::getline(std::cin, line)) {
          step = program.resume(vm.make_str(line));
        } else {
          step = program.resume(py::Value(), vm.new_exception(vm.exc().EOFError, {}));
        }
        break;
      }
      default:
        step = program.resume(
            py::Value(), vm.new_exception(vm.exc().RuntimeError,
                                          {vm.make_str(std::string("unsupported host request"))}));
    }
  }
  return program.exit_status();
}
