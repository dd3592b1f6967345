// The engine's JavaScript API (Embind): one Session per program run.
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
// Output is handed to the callbacks as UTF-8 bytes: at once when nothing was handed over for
// 10 ms, else batched until the start()/run() call returns (or the stream switches, or the
// buffer grows large). A program that prints in a loop makes one JS call per 10 ms rather than
// one per print, and every line still reaches the page within a slice of being printed.
// run() returns 'out-of-memory' when the heap cap (MAXIMUM_MEMORY) was reached.
#include <emscripten/bind.h>
#include <emscripten/emscripten.h>
#include <emscripten/val.h>

#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>

#include "program.hpp"

namespace {

using emscripten::val;

class PageHost final : public py::Host {
 public:
  PageHost(val on_stdout, val on_stderr)
      : on_stdout_(std::move(on_stdout)), on_stderr_(std::move(on_stderr)) {}

  void write_stdout(std::string_view text) override { write(Stream::Stdout, text); }
  void write_stderr(std::string_view text) override { write(Stream::Stderr, text); }

  // Returns the flag once, as the native CLI does for Ctrl-C.
  bool interrupt_requested() override {
    bool requested = interrupt_;
    interrupt_ = false;
    return requested;
  }
  void request_interrupt() { interrupt_ = true; }

  // Hands the buffered text to the callback as a Uint8Array view of the wasm heap (UTF-8,
  // valid only during the call): no copy, and no allocation, so it works out of memory too.
  void flush() {
    if (buffer_.empty()) return;
    last_flush_ms_ = emscripten_get_now();
    const val& callback = stream_ == Stream::Stdout ? on_stdout_ : on_stderr_;
    val bytes(emscripten::typed_memory_view(
        buffer_.size(), reinterpret_cast<const unsigned char*>(buffer_.data())));
    callback(bytes);
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

  val on_stdout_;
  val on_stderr_;
  std::string buffer_;
  Stream stream_ = Stream::Stdout;
  double last_flush_ms_ = -kFlushIntervalMs;
  bool interrupt_ = false;
};

std::string state_name(py::Program::State state) {
  switch (state) {
    case py::Program::State::Running:
      return "running";
    case py::Program::State::Sleeping:
      return "sleeping";
    case py::Program::State::WaitingInput:
      return "waiting-input";
    case py::Program::State::Finished:
      return "finished";
  }
  return "finished";
}

py::ProgramOptions program_options(const val& options) {
  py::ProgramOptions result;
  result.virtual_time = options["virtualTime"].as<bool>();
  result.display = options["display"].as<bool>();
  return result;
}

class Session {
 public:
  explicit Session(val options)
      : host_(options["onStdout"], options["onStderr"]),
        vm_(std::make_unique<py::VM>(host_)),
        program_(std::make_unique<py::Program>(*vm_, program_options(options))) {}
  // What the program prints while it is torn down (a coroutine never awaited, a task exception
  // never retrieved) still reaches the page.
  ~Session() {
    program_.reset();
    vm_.reset();
    host_.flush();
  }
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  std::string start(std::string filename, std::string code) {
    try {
      return finish_call(program_->start(std::move(filename), std::move(code)));
    } catch (const std::bad_alloc&) {
      return out_of_memory();
    }
  }
  std::string run(double slice_seconds) {
    try {
      return finish_call(program_->run(slice_seconds));
    } catch (const std::bad_alloc&) {
      return out_of_memory();
    }
  }
  // After a trap (the JS side caught a RuntimeError): the output printed before it.
  void flush() { host_.flush(); }
  double wait_seconds() const { return program_->wait_seconds(); }
  std::string input_prompt() const { return program_->input_prompt(); }
  void provide_input(val line) {
    if (line.isNull() || line.isUndefined())
      program_->provide_input(std::nullopt);
    else
      program_->provide_input(line.as<std::string>());
  }
  int exit_status() const { return program_->exit_status(); }
  void interrupt() { host_.request_interrupt(); }

 private:
  std::string finish_call(py::Program::State state) {
    host_.flush();
    return state_name(state);
  }
  // The heap cap was reached. The VM's state is unknown after a C++ exception crossed it, so
  // the host reports MemoryError and discards the whole instance (see engine.mjs).
  std::string out_of_memory() {
    host_.flush();
    return "out-of-memory";
  }

  // Declaration order is construction order: the VM writes to the host, the program runs on
  // the VM.
  PageHost host_;
  std::unique_ptr<py::VM> vm_;
  std::unique_ptr<py::Program> program_;
};

}  // namespace

EMSCRIPTEN_BINDINGS(attendable) {
  emscripten::class_<Session>("Session")
      .constructor<val>()
      .function("start", &Session::start)
      .function("run", &Session::run)
      .function("waitSeconds", &Session::wait_seconds)
      .function("inputPrompt", &Session::input_prompt)
      .function("provideInput", &Session::provide_input)
      .function("exitStatus", &Session::exit_status)
      .function("interrupt", &Session::interrupt)
      .function("flush", &Session::flush);
}
