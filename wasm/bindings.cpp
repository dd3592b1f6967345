// The engine's JavaScript API: one Session per program run.
//
//   const session = new Module.Session({virtualTime, display, onStdout(bytes), onStderr(bytes)});
//   // state: 'running' | 'sleeping' | 'waiting-input' | 'finished'
//   let state = session.start(filename, code);
//   while (state !== 'finished') {
//     // ...the host waits as the state says...
//     state = session.run(sliceSeconds);
//   }
//   session.exitStatus(); session.delete();
//
// A session owns a fresh VM and Program (py::Program in core/python/program.hpp): the state
// names are Program::State's, the host contract is the same. wasm/engine.mjs drives it.
//
// The Session class is JavaScript (wasm/loader.mjs, the engine's loader) over the plain C
// functions below; Embind did the same with 35 KB more loader and RTTI (issue 5). Output reaches
// JavaScript through attendable_write, an import; the files the engine reads on first use (the
// `\N{...}` name table, the library archive, the asyncio prelude's frozen code) through
// attendable_load_file, another.
//
// Output is handed to the callbacks as UTF-8 bytes: at once when nothing was handed over for
// 10 ms, else batched until the start()/run() call returns (or the stream switches, or the
// buffer grows large). A program that prints in a loop makes one JS call per 10 ms rather than
// one per print, and every line still reaches the page within a slice of being printed.
// run() returns 'out-of-memory' when the heap cap (MAXIMUM_MEMORY) was reached.
#include <emscripten/emscripten.h>

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "modules/library.hpp"
#include "modules/modules.hpp"
#include "program.hpp"
#include "unicode_names.hpp"

// The engine's imports, given by wasm/loader.mjs (and declared to emcc by wasm/imports.js).
extern "C" {

// Hands bytes [data, data + size) to session `id`'s onStdout (stream 0) or onStderr (1), as a
// Uint8Array view of the wasm heap, valid only during the call.
void attendable_write(int id, int stream, const char* data, std::size_t size);

// The files next to the engine that it reads only when a program needs them (HostFile), read by
// the host the first time: the loader asks engine.mjs's loadFile, which reads the file
// synchronously (the parser and an import cannot wait for a promise), and copies it into a
// malloc'd buffer. Returns the buffer and stores its size; null with size 0 when the host could
// not read it.
unsigned char* attendable_load_file(int file, std::size_t* size);

}  // extern "C"

namespace {

// Indexes into loader.mjs's FILE_NAMES.
enum class HostFile { UnicodeNames, Library, FrozenPrelude };

// Loaded once per instance and kept for its lifetime; asked again after a failure (the host may
// be back).
std::span<const unsigned char> host_file(HostFile file, std::span<const unsigned char>& loaded) {
  if (loaded.empty()) {
    std::size_t size = 0;
    unsigned char* data = attendable_load_file(static_cast<int>(file), &size);
    if (data == nullptr && size != 0) throw std::bad_alloc();
    loaded = {data, size};
  }
  return loaded;
}

}  // namespace

namespace py {

// attendable_unicode_names.bin: the `\N{...}` name table, when a source holds such an escape.
std::span<const unsigned char> unicode_names_table() {
  static std::span<const unsigned char> table;
  return host_file(HostFile::UnicodeNames, table);
}

// attendable_library.bin: the library modules written in Python, on the first import of one.
std::span<const unsigned char> library_archive() {
  static std::span<const unsigned char> archive;
  return host_file(HostFile::Library, archive);
}

// attendable_asyncio.bin: the asyncio prelude's frozen code, at `import asyncio`. The node CLI
// serves it; the page does not (its warm-up compiles the prelude once, and later runs compile it
// from the kept syntax tree), so the engine compiles the prelude there.
std::span<const unsigned char> frozen_asyncio_prelude() {
  static std::span<const unsigned char> frozen;
  return host_file(HostFile::FrozenPrelude, frozen);
}

}  // namespace py

namespace {

class PageHost final : public py::Host {
 public:
  explicit PageHost(int id) : id_(id) {}

  void write_stdout(std::string_view text) override { write(Stream::Stdout, text); }
  void write_stderr(std::string_view text) override { write(Stream::Stderr, text); }

  // Returns the flag once, as the native CLI does for Ctrl-C.
  bool interrupt_requested() override {
    bool requested = interrupt_;
    interrupt_ = false;
    return requested;
  }
  void request_interrupt() { interrupt_ = true; }

  // Hands the buffered text to the callback as a view of the wasm heap (UTF-8, valid only during
  // the call): no copy, and no allocation, so it works out of memory too.
  void flush() {
    if (buffer_.empty()) return;
    last_flush_ms_ = emscripten_get_now();
    attendable_write(id_, stream_ == Stream::Stdout ? 0 : 1, buffer_.data(), buffer_.size());
    buffer_.clear();  // after the call: clear() writes the terminator over the first byte
  }

 private:
  enum class Stream { Stdout, Stderr };
  static constexpr std::size_t kFlushBytes = 64 * 1024;
  static constexpr double kFlushIntervalMs = 10;

  // Text goes out at once when nothing went out for kFlushIntervalMs (a line printed before a
  // long computation is seen before it ends), and is batched otherwise.
  void write(Stream stream, std::string_view text) {
    if (stream != stream_) {
      flush();
      stream_ = stream;
    }
    buffer_.append(text);
    if (buffer_.size() >= kFlushBytes || emscripten_get_now() - last_flush_ms_ >= kFlushIntervalMs)
      flush();
  }

  int id_;
  std::string buffer_;
  Stream stream_ = Stream::Stdout;
  double last_flush_ms_ = -kFlushIntervalMs;
  bool interrupt_ = false;
};

// The states as loader.mjs names them: 'running', 'sleeping', 'waiting-input', 'finished',
// and kOutOfMemory for 'out-of-memory'.
constexpr int kOutOfMemory = 4;
static_assert(static_cast<int>(py::Program::State::Running) == 0 &&
              static_cast<int>(py::Program::State::Sleeping) == 1 &&
              static_cast<int>(py::Program::State::WaitingInput) == 2 &&
              static_cast<int>(py::Program::State::Finished) == 3);

py::ProgramOptions program_options(bool virtual_time, bool display) {
  py::ProgramOptions result;
  result.virtual_time = virtual_time;
  result.display = display;
  return result;
}

class Session {
 public:
  Session(int id, bool virtual_time, bool display)
      : host_(id),
        vm_(std::make_unique<py::VM>(host_)),
        program_(std::make_unique<py::Program>(*vm_, program_options(virtual_time, display))) {}
  // What the program prints while it is torn down (a coroutine never awaited, a task exception
  // never retrieved) still reaches the page.
  ~Session() {
    program_.reset();
    vm_.reset();
    host_.flush();
  }
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  int start(std::string filename, std::string code) {
    try {
      return finish_call(program_->start(std::move(filename), std::move(code)));
    } catch (const std::bad_alloc&) {
      return out_of_memory();
    }
  }
  int run(double slice_seconds) {
    try {
      return finish_call(program_->run(slice_seconds));
    } catch (const std::bad_alloc&) {
      return out_of_memory();
    }
  }
  // After a trap (the JS side caught a RuntimeError): the output printed before it.
  void flush() { host_.flush(); }
  double wait_seconds() const { return program_->wait_seconds(); }
  const std::string& input_prompt() const { return program_->input_prompt(); }
  void provide_input(std::optional<std::string> line) { program_->provide_input(std::move(line)); }
  int exit_status() const { return program_->exit_status(); }
  void interrupt() { host_.request_interrupt(); }

 private:
  int finish_call(py::Program::State state) {
    host_.flush();
    return static_cast<int>(state);
  }
  // The heap cap was reached. The VM's state is unknown after a C++ exception crossed it, so
  // the host reports MemoryError and discards the whole instance (see engine.mjs).
  int out_of_memory() {
    host_.flush();
    return kOutOfMemory;
  }

  // Declaration order is construction order: the VM writes to the host, the program runs on
  // the VM.
  PageHost host_;
  std::unique_ptr<py::VM> vm_;
  std::unique_ptr<py::Program> program_;
};

}  // namespace

// The C side of loader.mjs's Session. Strings come in as (pointer, length) in UTF-8, in buffers
// the loader allocated with malloc and frees after the call.
extern "C" {

EMSCRIPTEN_KEEPALIVE Session* attendable_session_new(int id, int virtual_time, int display) {
  return new Session(id, virtual_time != 0, display != 0);
}
EMSCRIPTEN_KEEPALIVE void attendable_session_delete(Session* session) {
  delete session;
}
EMSCRIPTEN_KEEPALIVE int attendable_session_start(Session* session, const char* filename,
                                                  std::size_t filename_size, const char* code,
                                                  std::size_t code_size) {
  return session->start(std::string(filename, filename_size), std::string(code, code_size));
}
EMSCRIPTEN_KEEPALIVE int attendable_session_run(Session* session, double slice_seconds) {
  return session->run(slice_seconds);
}
EMSCRIPTEN_KEEPALIVE double attendable_session_wait_seconds(Session* session) {
  return session->wait_seconds();
}
// The prompt's UTF-8 bytes, NUL-terminated, valid until the next call.
EMSCRIPTEN_KEEPALIVE const char* attendable_session_input_prompt(Session* session) {
  return session->input_prompt().c_str();
}
// line == nullptr: end of input.
EMSCRIPTEN_KEEPALIVE void attendable_session_provide_input(Session* session, const char* line,
                                                           std::size_t size) {
  if (line == nullptr)
    session->provide_input(std::nullopt);
  else
    session->provide_input(std::string(line, size));
}
EMSCRIPTEN_KEEPALIVE int attendable_session_exit_status(Session* session) {
  return session->exit_status();
}
EMSCRIPTEN_KEEPALIVE void attendable_session_interrupt(Session* session) {
  session->interrupt();
}
EMSCRIPTEN_KEEPALIVE void attendable_session_flush(Session* session) {
  session->flush();
}

// For the build (wasm/freeze.mjs): the asyncio prelude's frozen code, in a malloc'd buffer the
// caller frees, its size in *size; null when it does not freeze (core/python/modules/modules.hpp).
EMSCRIPTEN_KEEPALIVE unsigned char* attendable_freeze_prelude(std::size_t* size) {
  class SilentHost final : public py::Host {
   public:
    void write_stdout(std::string_view) override {}
    void write_stderr(std::string_view) override {}
  } host;
  py::VM vm(host);
  std::optional<std::string> frozen = py::freeze_asyncio_prelude(vm);
  *size = frozen ? frozen->size() : 0;
  if (!frozen) return nullptr;
  auto* bytes = static_cast<unsigned char*>(std::malloc(frozen->size()));
  if (bytes) std::memcpy(bytes, frozen->data(), frozen->size());
  return bytes;
}

}  // extern "C"
