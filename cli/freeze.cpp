// attendable_freeze OUT: writes the asyncio prelude's frozen code (vm/frozen_code.hpp) to OUT,
// for the build to link into the native engine (core/python/CMakeLists.txt). Exit 1, with the
// reason on stderr, when the prelude does not compile or freeze.
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>

#include "modules/modules.hpp"
#include "vm/vm.hpp"

namespace {

class StderrHost final : public py::Host {
 public:
  void write_stdout(std::string_view text) override { write(text); }
  void write_stderr(std::string_view text) override { write(text); }

 private:
  static void write(std::string_view text) { std::fwrite(text.data(), 1, text.size(), stderr); }
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fputs("usage: attendable_freeze OUT\n", stderr);
    return 2;
  }
  StderrHost host;
  py::VM vm(host);
  std::optional<std::string> frozen = py::freeze_asyncio_prelude(vm);
  if (!frozen) {
    std::fputs("attendable_freeze: the asyncio prelude ", stderr);
    if (vm.has_pending_exception()) {
      std::optional<std::string> error = vm.repr_text(vm.take_exception());
      std::fprintf(stderr, "does not compile: %s\n", error ? error->c_str() : "?");
    } else {
      std::fputs("holds a constant the frozen format does not\n", stderr);
    }
    return 1;
  }
  std::FILE* out = std::fopen(argv[1], "wb");
  if (!out || std::fwrite(frozen->data(), 1, frozen->size(), out) != frozen->size() ||
      std::fclose(out) != 0) {
    std::fprintf(stderr, "attendable_freeze: cannot write %s\n", argv[1]);
    return 1;
  }
  return 0;
}
