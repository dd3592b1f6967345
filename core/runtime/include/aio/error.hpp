// Errors as values.
//
// A failed or cancelled Future holds an Error: a counted pointer to an ErrorObject. The runtime
// only needs three things from an error: its kind (is this a cancellation?), a printable form,
// and a way to raise it inside a C++ coroutine (rethrow). The Python layer subclasses
// ErrorObject with its exception objects, so Python exceptions travel through the same Futures
// and Tasks without ever becoming C++ exceptions; C++ code sees a failure as a thrown exception
// only at its own co_await.
#pragma once

#include <exception>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "aio/ref.hpp"

namespace aio {

enum class ErrorKind : unsigned char {
  Cancelled,     // asyncio.CancelledError (a BaseException, not an Exception)
  Timeout,       // TimeoutError (asyncio.TimeoutError is the builtin since 3.11)
  InvalidState,  // asyncio.InvalidStateError
  Interrupt,     // KeyboardInterrupt, SystemExit: BaseExceptions that end the program
  Other,         // anything else
};

class ErrorObject : public RefCounted {
 public:
  ErrorKind kind() const noexcept { return kind_; }
  bool is_cancellation() const noexcept { return kind_ == ErrorKind::Cancelled; }
  // The exception's class name and str(), as Python would print them: "CancelledError", "".
  virtual std::string type_name() const = 0;
  virtual std::string message() const = 0;
  // Raises this error as a C++ exception (used by C++ coroutines at their co_await).
  [[noreturn]] virtual void rethrow() const = 0;

 protected:
  explicit ErrorObject(ErrorKind kind) noexcept : kind_(kind) {}

 private:
  ErrorKind kind_;
};

using Error = Ref<ErrorObject>;

// "ValueError: bad" or "CancelledError" — the last line of a Python traceback.
std::string describe(const ErrorObject& error);

// ---- The C++ face of the runtime's errors -------------------------------------------------

class CancelledError : public std::exception {
 public:
  CancelledError() = default;
  explicit CancelledError(std::optional<std::string> message) : message_(std::move(message)) {}
  const char* what() const noexcept override { return message_ ? message_->c_str() : ""; }
  const std::optional<std::string>& message() const noexcept { return message_; }

 private:
  std::optional<std::string> message_;
};

class TimeoutError : public std::runtime_error {
 public:
  TimeoutError() : std::runtime_error("") {}
  explicit TimeoutError(const std::string& message) : std::runtime_error(message) {}
};

class InvalidStateError : public std::logic_error {
 public:
  explicit InvalidStateError(const std::string& message) : std::logic_error(message) {}
};

// The (Base)ExceptionGroup a TaskGroup raises when its tasks failed.
class ExceptionGroup : public std::exception {
 public:
  ExceptionGroup(std::string message, std::vector<Ref<class ErrorObject>> errors);
  // "unhandled errors in a TaskGroup (2 sub-exceptions)", as str() shows it in Python.
  const char* what() const noexcept override { return text_.c_str(); }
  const std::string& message() const noexcept { return message_; }
  const std::vector<Ref<ErrorObject>>& exceptions() const noexcept { return errors_; }

 private:
  std::string message_;
  std::vector<Ref<ErrorObject>> errors_;
  std::string text_;
};

// Wraps a C++ exception (from std::current_exception) as an Error, recognising the runtime's
// own exception types so a thrown aio::CancelledError counts as a cancellation.
Error capture_exception(std::exception_ptr exception);

// The errors the runtime creates itself (a timeout expiring, a task being cancelled). The loop
// owns one; the Python layer installs a factory that makes Python exception objects instead.
class ErrorFactory {
 public:
  virtual ~ErrorFactory() = default;
  virtual Error cancelled(const std::optional<std::string>& message);
  virtual Error timeout();
  virtual Error invalid_state(const std::string& message);
  virtual Error runtime_error(const std::string& message);
  virtual Error value_error(const std::string& message);
  // BaseExceptionGroup(message, errors): an ExceptionGroup unless an error is an Interrupt.
  virtual Error exception_group(const std::string& message, std::vector<Error> errors);
};

}  // namespace aio
