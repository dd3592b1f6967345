// The one place that knows where the coroutine library lives.
//
// g++ 12 ships <coroutine>; Debian's Emscripten 3.1.6 (clang 14, libc++ 13) only has
// <experimental/coroutine>, whose types live in std::experimental. Everything else in the
// runtime says aio::coro::handle<> and never names either namespace.
#pragma once

#if __has_include(<coroutine>) && !defined(__EMSCRIPTEN__)
#include <coroutine>
namespace aio::coro {
template <class Promise = void>
using handle = std::coroutine_handle<Promise>;
using std::noop_coroutine;
using std::suspend_always;
using std::suspend_never;
}  // namespace aio::coro
#else
// (clang 14 warns that this is deprecated at every coroutine; core/runtime/CMakeLists.txt
// silences that for Emscripten builds.)
#include <experimental/coroutine>
namespace aio::coro {
template <class Promise = void>
using handle = std::experimental::coroutine_handle<Promise>;
using std::experimental::noop_coroutine;
using std::experimental::suspend_always;
using std::experimental::suspend_never;
}  // namespace aio::coro
#endif
