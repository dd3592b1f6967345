// Intrusive reference counting for runtime objects (futures, tasks, handles, errors).
//
// The runtime is single-threaded — one loop, one thread — so counts are plain ints, never
// atomics. Objects start at zero references; the first Ref takes ownership.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace aio {

class RefCounted {
 public:
  RefCounted() = default;
  RefCounted(const RefCounted&) = delete;
  RefCounted& operator=(const RefCounted&) = delete;

  void retain() noexcept { ++refs_; }
  void release() noexcept {
    if (--refs_ == 0) last_reference_dropped();
  }
  int ref_count() const noexcept { return refs_; }

  // A number the layer above uses to type its objects (the Python layer stores the index of
  // the object's Python class); the runtime never reads it. It sits in what would otherwise be
  // padding after the count, so it costs nothing.
  std::uint32_t user_tag() const noexcept { return user_tag_; }
  void set_user_tag(std::uint32_t tag) noexcept { user_tag_ = tag; }

 protected:
  virtual ~RefCounted() = default;
  // Runs with the object still whole (unlike a destructor, virtual calls reach the most derived
  // class). Futures use it to report a never-retrieved exception, as CPython's __del__ does;
  // an override may resurrect the object by taking a new reference.
  virtual void last_reference_dropped() noexcept { delete this; }

 private:
  int refs_ = 0;
  std::uint32_t user_tag_ = 0;
};

// A counted pointer to a RefCounted object (nullable).
template <class T>
class Ref {
 public:
  Ref() noexcept = default;
  Ref(std::nullptr_t) noexcept {}
  Ref(T* p) noexcept : p_(p) {  // NOLINT: implicit, like a raw pointer
    if (p_) p_->retain();
  }
  Ref(const Ref& o) noexcept : Ref(o.p_) {}
  Ref(Ref&& o) noexcept : p_(std::exchange(o.p_, nullptr)) {}
  template <class U>
  Ref(const Ref<U>& o) noexcept : Ref(static_cast<T*>(o.get())) {}  // NOLINT: upcast
  template <class U>
  Ref(Ref<U>&& o) noexcept : p_(o.detach()) {}  // NOLINT: upcast
  ~Ref() {
    if (p_) p_->release();
  }
  Ref& operator=(Ref o) noexcept {
    std::swap(p_, o.p_);
    return *this;
  }

  T* get() const noexcept { return p_; }
  T* operator->() const noexcept { return p_; }
  T& operator*() const noexcept { return *p_; }
  explicit operator bool() const noexcept { return p_ != nullptr; }
  // Gives up ownership without releasing (the caller now holds the reference).
  T* detach() noexcept { return std::exchange(p_, nullptr); }
  void reset() noexcept { Ref().swap(*this); }
  void swap(Ref& o) noexcept { std::swap(p_, o.p_); }

  friend bool operator==(const Ref& a, const Ref& b) noexcept { return a.p_ == b.p_; }
  friend bool operator==(const Ref& a, const T* b) noexcept { return a.p_ == b; }

 private:
  T* p_ = nullptr;
};

template <class T, class... Args>
Ref<T> make_ref(Args&&... args) {
  return Ref<T>(new T(std::forward<Args>(args)...));
}

}  // namespace aio
