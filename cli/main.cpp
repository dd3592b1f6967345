// The native host: `attendable [--virtual-time] [--display] FILE.py|-`.
// stdout is the program's output, stderr its warnings and tracebacks; exit 0 on success, 1 on
// an uncaught exception (SyntaxError included), 2 on a usage error. Ctrl-C raises
// KeyboardInterrupt in the program.
#include <sys/resource.h>
#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
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

// A program asking for more memory than this gets MemoryError instead of exhausting the
// machine. Sanitizer builds reserve terabytes of address space for their shadow memory, so the
// cap is left to them.
void cap_heap() {
#if !defined(__SANITIZE_ADDRESS__)
  constexpr rlim_t kAddressSpace = rlim_t(4) << 30;  // 4 GiB
  rlimit limit{kAddressSpace, kAddressSpace};
  setrlimit(RLIMIT_AS, &limit);
#endif
}

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
  cap_heap();

  TerminalHost host;
  py::VM vm(host);
  options.virtual_time = virtual_time;
  py::Program program(vm, options);
  py::Program::State state = program.start(path, std::move(text));
  while (state != py::Program::State::Finished) {
    switch (state) {
      case py::Program::State::Sleeping: {
        // Sleep in short steps so that Ctrl-C is noticed while waiting.
        using Clock = std::chrono::steady_clock;
        const Clock::time_point until =
            Clock::now() + std::chrono::duration_cast<Clock::duration>(
                               std::chrono::duration<double>(program.wait_seconds()));
        while (!interrupted && Clock::now() < until)
          std::this_thread::sleep_until(
              std::min(until, Clock::now() + std::chrono::milliseconds(20)));
        break;
      }
      case py::Program::State::WaitingInput: {
        std::string line;
        if (std::getline(std::cin, line)) {
          program.provide_input(std::move(line));
        } else {
          program.provide_input(std::nullopt);
        }
        break;
      }
      default:
        break;
    }
    state = program.run();
  }
  return program.exit_status();
}
