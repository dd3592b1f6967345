#include "aio/error.hpp"

#include <typeinfo>

namespace aio {
namespace {

// An error made by the runtime: its kind decides which C++ exception rethrow() raises.
class RuntimeMadeError final : public ErrorObject {
 public:
  RuntimeMadeError(ErrorKind kind, std::string type, std::optional<std::string> message)
      : ErrorObject(kind), type_(std::move(type)), message_(std::move(message)) {}

  std::string type_name() const override { return type_; }
  std::string message() const override { return message_.value_or(""); }
  [[noreturn]] void rethrow() const override {
    switch (kind()) {
      case ErrorKind::Cancelled:
        throw CancelledError(message_);
      case ErrorKind::Timeout:
        throw TimeoutError(message());
      case ErrorKind::InvalidState:
        throw InvalidStateError(message());
      case ErrorKind::Interrupt:
      case ErrorKind::Other:
        break;
    }
    if (type_ == "ValueError") throw std::invalid_argument(message());
    throw std::runtime_error(message());
  }

 private:
  std::string type_;
  std::optional<std::string> message_;
};

// A C++ exception caught in a coroutine, kept as std::exception_ptr so rethrow() raises the
// original object.
class CapturedException final : public ErrorObject {
 public:
  CapturedException(ErrorKind kind, std::exception_ptr exception, std::string type,
                    std::string message)
      : ErrorObject(kind),
        exception_(std::move(exception)),
        type_(std::move(type)),
        message_(std::move(message)) {}

  std::string type_name() const override { return type_; }
  std::string message() const override { return message_; }
  [[noreturn]] void rethrow() const override { std::rethrow_exception(exception_); }

 private:
  std::exception_ptr exception_;
  std::string type_;
  std::string message_;
};

std::string sub_exceptions(std::size_t count) {
  return " (" + std::to_string(count) + (count == 1 ? " sub-exception)" : " sub-exceptions)");
}

class ExceptionGroupError final : public ErrorObject {
 public:
  ExceptionGroupError(std::string message, std::vector<Error> errors, bool base)
      : ErrorObject(ErrorKind::Other),
        message_(std::move(message)),
        errors_(std::move(errors)),
        base_(base) {}

  std::string type_name() const override { return base_ ? "BaseExceptionGroup" : "ExceptionGroup"; }
  std::string message() const override { return message_ + sub_exceptions(errors_.size()); }
  [[noreturn]] void rethrow() const override { throw ExceptionGroup(message_, errors_); }

 private:
  std::string message_;
  std::vector<Error> errors_;
  bool base_;
};

}  // namespace

ExceptionGroup::ExceptionGroup(std::string message, std::vector<Ref<ErrorObject>> errors)
    : message_(std::move(message)),
      errors_(std::move(errors)),
      text_(message_ + sub_exceptions(errors_.size())) {}

Error ErrorFactory::exception_group(const std::string& message, std::vector<Error> errors) {
  bool base = false;
  for (const Error& error : errors) base = base || error->kind() == ErrorKind::Interrupt;
  return Error(new ExceptionGroupError(message, std::move(errors), base));
}

std::string describe(const ErrorObject& error) {
  std::string message = error.message();
  return message.empty() ? error.type_name() : error.type_name() + ": " + message;
}

Error capture_exception(std::exception_ptr exception) {
  // Classifying needs a rethrow; this only runs on the (already slow) C++ failure path.
  try {
    std::rethrow_exception(exception);
  } catch (const CancelledError& e) {
    return Error(
        new CapturedException(ErrorKind::Cancelled, exception, "CancelledError", e.what()));
  } catch (const TimeoutError& e) {
    return Error(new CapturedException(ErrorKind::Timeout, exception, "TimeoutError", e.what()));
  } catch (const InvalidStateError& e) {
    return Error(
        new CapturedException(ErrorKind::InvalidState, exception, "InvalidStateError", e.what()));
  } catch (const ExceptionGroup& e) {
    return Error(new CapturedException(ErrorKind::Other, exception, "ExceptionGroup", e.what()));
  } catch (const std::invalid_argument& e) {
    return Error(new CapturedException(ErrorKind::Other, exception, "ValueError", e.what()));
  } catch (const std::exception& e) {
    return Error(new CapturedException(ErrorKind::Other, exception, "RuntimeError", e.what()));
  } catch (...) {
    return Error(new CapturedException(ErrorKind::Other, exception, "Exception", ""));
  }
}

Error ErrorFactory::cancelled(const std::optional<std::string>& message) {
  return Error(new RuntimeMadeError(ErrorKind::Cancelled, "CancelledError", message));
}
Error ErrorFactory::timeout() {
  return Error(new RuntimeMadeError(ErrorKind::Timeout, "TimeoutError", std::nullopt));
}
Error ErrorFactory::invalid_state(const std::string& message) {
  return Error(new RuntimeMadeError(ErrorKind::InvalidState, "InvalidStateError", message));
}
Error ErrorFactory::runtime_error(const std::string& message) {
  return Error(new RuntimeMadeError(ErrorKind::Other, "RuntimeError", message));
}
Error ErrorFactory::value_error(const std::string& message) {
  return Error(new RuntimeMadeError(ErrorKind::Other, "ValueError", message));
}

}  // namespace aio
