// The value representation.
//
// A Value is one 64-bit word, on native and wasm32 alike:
//   - low bit 1: a small integer, the other 63 bits in two's complement (|n| < 2^62);
//   - low bit 0: a pointer to an Object, or 0 — the "no value" a function returns when it has
//     raised (the exception is in VM::pending_exception, as CPython's NULL + PyErr).
// Integers outside the small range are BigInt objects; floats are boxed, as in CPython.
//
// Objects are the runtime's reference-counted objects (aio::RefCounted), so Python exceptions,
// futures and tasks are the very objects the asyncio runtime works with. An object's Python
// class is the `user_tag` the runtime leaves to us: an index into the VM's type table. A Value
// owns one reference; copying it retains, destroying it releases.
#pragma once

#include <cstdint>
#include <utility>

#include "aio/ref.hpp"

namespace py {

using Object = aio::RefCounted;

class Value {
 public:
  static constexpr std::int64_t kSmallMax = (std::int64_t(1) << 62) - 1;
  static constexpr std::int64_t kSmallMin = -(std::int64_t(1) << 62);

  Value() noexcept = default;
  Value(Object* object) noexcept : bits_(reinterpret_cast<std::uintptr_t>(object)) {  // NOLINT
    if (object) object->retain();
  }
  template <class T>
  Value(const aio::Ref<T>& ref) noexcept : Value(static_cast<Object*>(ref.get())) {}  // NOLINT
  Value(const Value& other) noexcept : bits_(other.bits_) { retain(); }
  Value(Value&& other) noexcept : bits_(other.bits_) { other.bits_ = 0; }
  ~Value() { release(); }
  // The new value is in place before the old one is released, whose destructor may run code
  // that reads this slot. Written out, without copy-and-swap or std::exchange: a Value's
  // operations must cost a few instructions so that -Os code inlines them, and the out-of-line
  // copy the wasm linker keeps may come from a source compiled at -Oz, which inlines nothing
  // (a chain of five calls was 15% of a recursive benchmark's time in the interpreter loop).
  Value& operator=(const Value& other) noexcept {
    other.retain();
    const std::uint64_t old = bits_;
    bits_ = other.bits_;
    release_bits(old);
    return *this;
  }
  Value& operator=(Value&& other) noexcept {
    const std::uint64_t incoming = other.bits_;
    other.bits_ = 0;  // first: a self-move then keeps the value
    const std::uint64_t old = bits_;
    bits_ = incoming;
    release_bits(old);
    return *this;
  }
  void swap(Value& other) noexcept {
    std::uint64_t mine = bits_;
    bits_ = other.bits_;
    other.bits_ = mine;
  }
  // Drops a value that is not an object (a small int, or no value): nothing to release.
  void clear_non_object() noexcept { bits_ = 0; }
  // Moves this value into `empty`, which holds no value: no reference count changes.
  void move_to_empty(Value& empty) noexcept {
    empty.bits_ = bits_;
    bits_ = 0;
  }
  // Copies this value into `empty`, which holds no value: nothing to release.
  void copy_to_empty(Value& empty) const noexcept {
    retain();
    empty.bits_ = bits_;
  }
  // The same from the other side: this holds no value and takes `from`'s.
  void move_to_empty_from(Value&& from) noexcept { from.move_to_empty(*this); }

  // A small int. Precondition: kSmallMin <= n <= kSmallMax (see make_int for any int64).
  static Value small(std::int64_t n) noexcept {
    Value v;
    v.bits_ = (static_cast<std::uint64_t>(n) << 1) | 1;
    return v;
  }
  static bool fits_small(std::int64_t n) noexcept { return n >= kSmallMin && n <= kSmallMax; }

  // Takes over a reference the caller already owns.
  static Value adopt(Object* object) noexcept {
    Value v;
    v.bits_ = reinterpret_cast<std::uintptr_t>(object);
    return v;
  }

  bool is_small() const noexcept { return bits_ & 1; }
  std::int64_t small_value() const noexcept { return static_cast<std::int64_t>(bits_) >> 1; }
  bool is_object() const noexcept { return bits_ != 0 && !(bits_ & 1); }
  Object* object() const noexcept {
    return reinterpret_cast<Object*>(static_cast<std::uintptr_t>(bits_));
  }
  template <class T>
  T* as() const noexcept {
    return static_cast<T*>(object());
  }
  // The same object (or the same small int): Python's `is`.
  bool is(const Value& other) const noexcept { return bits_ == other.bits_; }
  explicit operator bool() const noexcept { return bits_ != 0; }
  std::uint64_t bits() const noexcept { return bits_; }

 private:
  void retain() const noexcept {
    if (is_object()) object()->retain();
  }
  void release() const noexcept { release_bits(bits_); }
  static void release_bits(std::uint64_t bits) noexcept {
    if (bits != 0 && !(bits & 1))
      reinterpret_cast<Object*>(static_cast<std::uintptr_t>(bits))->release();
  }
  std::uint64_t bits_ = 0;
};

}  // namespace py
