// asyncio.Future semantics (futures.py / _asynciomodule.c in CPython 3.11).
#include <string>

#include "support.hpp"

using aio::EventLoop;
using aio::Future;
using aio_test::Log;

TEST_CASE("set_result twice raises InvalidStateError('invalid state')") {
  aio_test::run([]() -> aio::Coro<void> {
    Future<int> future = Future<int>::create();
    future.set_result(1);
    CHECK_THROWS_WITH_AS(future.set_result(2), "invalid state", aio::InvalidStateError);
    CHECK_THROWS_WITH_AS(future.set_exception(std::runtime_error("x")), "invalid state",
                         aio::InvalidStateError);
    CHECK(future.result() == 1);
    co_return;
  }());
}

TEST_CASE("result() and exception() of a pending future raise InvalidStateError") {
  aio_test::run([]() -> aio::Coro<void> {
    Future<int> future = Future<int>::create();
    CHECK_THROWS_WITH_AS(future.result(), "Result is not set.", aio::InvalidStateError);
    CHECK_THROWS_WITH_AS(future.exception(), "Exception is not set.", aio::InvalidStateError);
    CHECK(future.repr() == "<Future pending>");
    future.cancel();
    co_return;
  }());
}

// loop = asyncio.get_running_loop(); f = loop.create_future()
// f.add_done_callback(lambda f: print('cb1')); f.add_done_callback(lambda f: print('cb2'))
// loop.call_soon(print, 'soon before set'); f.set_result(5); loop.call_soon(print, 'soon after
// set') print('set done'); await asyncio.sleep(0); print('after yield'); await asyncio.sleep(0)
// f.add_done_callback(lambda f: print('cb3 late')); print('registered late')
// await asyncio.sleep(0); print('end')
TEST_CASE("done-callbacks are scheduled with call_soon in registration order, never inline") {
  Log log;
  aio_test::run([&]() -> aio::Coro<void> {
    EventLoop& loop = EventLoop::get_running();
    Future<int> future(loop);
    future.add_done_callback([&](aio::FutureBase&) { log("cb1"); });
    future.add_done_callback([&](aio::FutureBase&) { log("cb2"); });
    loop.call_soon([&] { log("soon before set"); });
    future.set_result(5);
    loop.call_soon([&] { log("soon after set"); });
    log("set done");
    co_await aio::sleep(0);
    log("after yield");
    co_await aio::sleep(0);
    future.add_done_callback([&](aio::FutureBase&) { log("cb3 late"); });
    log("registered late");
    co_await aio::sleep(0);
    log("end");
  }());
  CHECK(log.text() ==
        "set done\nsoon before set\ncb1\ncb2\nsoon after set\nafter yield\nregistered late\n"
        "cb3 late\nend\n");
}

TEST_CASE("remove_done_callback removes every matching callback and counts them") {
  aio_test::run([]() -> aio::Coro<void> {
    EventLoop& loop = EventLoop::get_running();
    Future<int> future(loop);
    int calls = 0;
    aio::RunFn count = [](aio::RefCounted&, aio::RefCounted*) {};
    aio::Ref<aio::RefCounted> target(new aio::FutureState<void>(loop));
    future.base().add_done_callback(count, target);
    future.add_done_callback([&](aio::FutureBase&) { ++calls; });
    future.base().add_done_callback(count, target);
    CHECK(future.base().remove_done_callback(count, target.get()) == 2);
    CHECK(future.base().remove_done_callback(count, target.get()) == 0);
    future.set_result(1);
    co_await aio::sleep(0);
    CHECK(calls == 1);
    static_cast<aio::FutureBase&>(*target).cancel();
  }());
}

TEST_CASE("a cancelled future raises CancelledError with its message, to every awaiter") {
  aio_test::run([]() -> aio::Coro<void> {
    Future<int> future = Future<int>::create();
    CHECK(future.cancel("why"));
    CHECK_FALSE(future.cancel("again"));
    CHECK(future.cancelled());
    CHECK(future.repr() == "<Future cancelled>");
    for (int i = 0; i < 2; ++i) {
      try {
        co_await future;
        FAIL("awaiting a cancelled future must raise");
      } catch (const aio::CancelledError& e) {
        CHECK(e.message() == std::optional<std::string>("why"));
      }
    }
  }());
}

TEST_CASE("a failed future re-raises the original C++ exception") {
  aio_test::run([]() -> aio::Coro<void> {
    Future<int> future = Future<int>::create();
    future.set_exception(std::out_of_range("index 7"));
    CHECK(future.exception()->type_name() == "RuntimeError");
    CHECK(future.repr() == "<Future finished exception=RuntimeError('index 7')>");
    CHECK_THROWS_WITH_AS(future.result(), "index 7", std::out_of_range);
    try {
      co_await future;
    } catch (const std::out_of_range& e) {
      CHECK(std::string(e.what()) == "index 7");
    }
  }());
}

TEST_CASE("an exception nobody retrieved is reported when the future is released") {
  std::vector<std::string> reports;
  aio_test::run([&]() -> aio::Coro<void> {
    EventLoop& loop = EventLoop::get_running();
    loop.set_exception_handler([&](const aio::ExceptionContext& context) {
      reports.push_back(context.message + " | " + context.future->repr() + " | " +
                        aio::describe(*context.error));
    });
    {
      Future<int> unread(loop);
      unread.set_exception(std::invalid_argument("lost"));
    }
    {
      Future<int> read(loop);
      read.set_exception(std::invalid_argument("seen"));
      CHECK(read.exception());
    }
    co_return;
  }());
  REQUIRE(reports.size() == 1);
  CHECK(reports[0] ==
        "Future exception was never retrieved | <Future finished exception=ValueError('lost')> | "
        "ValueError: lost");
}

TEST_CASE("a future's repr shows its result") {
  aio_test::run([]() -> aio::Coro<void> {
    Future<int> number = Future<int>::create();
    number.set_result(42);
    CHECK(number.repr() == "<Future finished result=42>");
    Future<void> nothing = Future<void>::create();
    nothing.set_result();
    CHECK(nothing.repr() == "<Future finished result=None>");
    co_return;
  }());
}
