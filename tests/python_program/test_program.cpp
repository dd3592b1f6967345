// The Program's host contract: a run never blocks; it says why it stopped (Sleeping,
// WaitingInput, Running after a slice, Finished) and goes on when the host calls run() again.
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>

#include <chrono>
#include <initializer_list>
#include <string>
#include <thread>

#include "aio/loop.hpp"
#include "program.hpp"

namespace {

class CapturingHost : public py::Host {
 public:
  void write_stdout(std::string_view text) override { out += text; }
  void write_stderr(std::string_view text) override { err += text; }
  bool interrupt_requested() override {
    bool requested = interrupt;
    interrupt = false;
    return requested;
  }
  std::string out, err;
  bool interrupt = false;
};

struct Run {
  explicit Run(py::ProgramOptions options = {}) : vm(host), program(vm, options) {}
  CapturingHost host;
  py::VM vm;
  py::Program program;
};

// Runs to the end, answering sleeps by waiting and input with `answers`.
int run_to_end(Run& run, std::vector<std::string> answers = {}) {
  py::Program::State state = run.program.run();
  std::size_t next = 0;
  while (state != py::Program::State::Finished) {
    if (state == py::Program::State::Sleeping) {
      std::this_thread::sleep_for(std::chrono::duration<double>(run.program.wait_seconds()));
    } else if (state == py::Program::State::WaitingInput) {
      if (next < answers.size()) {
        run.program.provide_input(answers[next++]);
      } else {
        run.program.provide_input(std::nullopt);
      }
    }
    state = run.program.run();
  }
  return run.program.exit_status();
}

// Runs the program while another thread sets the host's interrupt flag after each delay in
// turn (as Ctrl-C would); the state run() returned.
py::Program::State run_interrupted(Run& run, std::initializer_list<int> delays_ms) {
  std::thread stopper([&] {
    for (int delay : delays_ms) {
      std::this_thread::sleep_for(std::chrono::milliseconds(delay));
      run.host.interrupt = true;
    }
  });
  py::Program::State state = run.program.run();
  stopper.join();
  return state;
}

}  // namespace

TEST_CASE("a syntax error finishes the program at start with status 1") {
  Run run;
  CHECK(run.program.start("bad.py", "x = (1,\n") == py::Program::State::Finished);
  CHECK(run.program.exit_status() == 1);
  CHECK(run.host.err.find("SyntaxError: '(' was never closed") != std::string::npos);
}

// The corpus's oracle runs programs inside its own script, so what sys.modules['__main__'] is
// can only be checked here: the program's module, whose namespace is its globals.
TEST_CASE("sys.modules['__main__'] is the program's module") {
  Run run;
  run.program.start("main.py",
                    "import sys\n"
                    "from typing import get_type_hints\n"
                    "class Node:\n"
                    "    children: 'list[Node]'\n"
                    "print(sys.modules['__main__'].__dict__ is globals(),\n"
                    "      sys.modules['__main__'].Node is Node, get_type_hints(Node))\n");
  CHECK(run_to_end(run) == 0);
  CHECK(run.host.err == "");
  CHECK(run.host.out == "True True {'children': list[__main__.Node]}\n");
}

// The oracle's namespace has no __file__, so only this test can check it.
TEST_CASE("__file__ is the name the host gave the program") {
  Run run;
  run.program.start("dir/main.py",
                    "import sys\n"
                    "print(__file__, sys.modules['__main__'].__file__)\n");
  CHECK(run_to_end(run) == 0);
  CHECK(run.host.out == "dir/main.py dir/main.py\n");
}

// The oracle runs programs in a namespace of its own: a script's module attributes are checked
// here, against what CPython 3.11 prints for the same script.
TEST_CASE("a script's globals are CPython's: __builtins__, __spec__, __annotations__...") {
  Run run;
  run.program.start("main.py",
                    "import builtins\n"
                    "print(list(globals()))\n"
                    "print(__builtins__ is builtins, builtins.len is len, __spec__, __package__)\n"
                    "x: int = 1\n"
                    "print(__annotations__)\n");
  CHECK(run_to_end(run) == 0);
  CHECK(run.host.err == "");
  CHECK(run.host.out ==
        "['__name__', '__doc__', '__package__', '__loader__', '__spec__', '__annotations__', "
        "'__builtins__', '__file__', '__cached__', 'builtins']\n"
        "True True None None\n"
        "{'x': <class 'int'>}\n");
}

TEST_CASE("a source that is not UTF-8 is rejected before anything runs, in CPython's words") {
  Run run;
  CHECK(run.program.start("b.py", "print(1)\nx = '\xff'\n") == py::Program::State::Finished);
  CHECK(run.program.exit_status() == 1);
  CHECK(run.host.out.empty());
  CHECK(run.host.err ==
        "SyntaxError: Non-UTF-8 code starting with '\\xff' in file b.py on line 2, but no "
        "encoding declared; see https://peps.python.org/pep-0263/ for details\n");
  Run surrogate;  // an encoded UTF-16 surrogate, then an overlong '/'
  surrogate.program.start("s.py", "# \xed\xa0\x80\n");
  CHECK(surrogate.host.err.find("starting with '\\xed' in file s.py on line 1") !=
        std::string::npos);
  Run overlong;
  overlong.program.start("o.py", "x = 1\n\n\xc0\xaf\n");
  CHECK(overlong.host.err.find("starting with '\\xc0' in file o.py on line 3") !=
        std::string::npos);
  Run valid;  // é, €, 😀: multi-byte and fine
  valid.program.start("v.py", "print('\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80')\n");
  while (valid.program.run() != py::Program::State::Finished) {
  }
  CHECK(valid.host.out == "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\n");
}

TEST_CASE("time.sleep in a plain script asks the host to wait instead of blocking") {
  Run run;
  run.program.start("s.py", "import time\nprint('a')\ntime.sleep(0.2)\nprint('b')\n");
  CHECK(run.program.run() == py::Program::State::Sleeping);
  CHECK(run.host.out == "a\n");
  CHECK(run.program.wait_seconds() == doctest::Approx(0.2).epsilon(0.25));
  // Called too early, it waits again for the rest of the time.
  CHECK(run.program.run() == py::Program::State::Sleeping);
  std::this_thread::sleep_for(std::chrono::milliseconds(220));
  CHECK(run.program.run() == py::Program::State::Finished);
  CHECK(run.host.out == "a\nb\n");
}

TEST_CASE("asyncio.sleep under the real clock: the host waits for the next timer") {
  Run run;
  run.program.start("t.py",
                    "import asyncio\n"
                    "async def main():\n"
                    "    print('start')\n"
                    "    await asyncio.sleep(0.1)\n"
                    "    print('end')\n"
                    "asyncio.run(main())\n");
  CHECK(run.program.run() == py::Program::State::Sleeping);
  CHECK(run.host.out == "start\n");
  CHECK(run.program.wait_seconds() > 0.05);
  CHECK(run.program.wait_seconds() <= 0.1);
  CHECK(run_to_end(run) == 0);
  CHECK(run.host.out == "start\nend\n");
}

TEST_CASE("input() in a task pauses the loop: no other task runs until it is answered") {
  Run run({.display = false, .virtual_time = true});
  run.program.start("i.py",
                    "import asyncio\n"
                    "async def ask():\n"
                    "    name = input('name? ')\n"
                    "    print('hello', name)\n"
                    "async def other():\n"
                    "    print('other ran')\n"
                    "async def main():\n"
                    "    await asyncio.gather(ask(), other())\n"
                    "asyncio.run(main())\n");
  CHECK(run.program.run() == py::Program::State::WaitingInput);
  CHECK(run.program.input_prompt() == "name? ");
  CHECK(run.host.out == "name? ");
  run.program.provide_input(std::string("Ada"));
  CHECK(run.program.run() == py::Program::State::Finished);
  CHECK(run.host.out == "name? hello Ada\nother ran\n");
}

TEST_CASE("input() at end of input raises EOFError") {
  Run run;
  run.program.start("e.py", "try:\n    input()\nexcept EOFError as e:\n    print('eof:', e)\n");
  CHECK(run_to_end(run) == 0);
  CHECK(run.host.out == "eof: EOF when reading a line\n");
}

TEST_CASE("time.sleep in a task blocks the loop, as in CPython") {
  Run run({.display = false, .virtual_time = true});
  run.program.start("b.py",
                    "import asyncio, time\n"
                    "async def blocker():\n"
                    "    time.sleep(2)\n"
                    "    print('blocker done at', asyncio.get_running_loop().time())\n"
                    "async def ticker():\n"
                    "    await asyncio.sleep(1)\n"
                    "    print('ticker at', asyncio.get_running_loop().time())\n"
                    "async def main():\n"
                    "    await asyncio.gather(blocker(), ticker())\n"
                    "asyncio.run(main())\n");
  CHECK(run_to_end(run) == 0);
  // The ticker starts sleeping only once the blocker let go of the loop, at 2.0.
  CHECK(run.host.out == "blocker done at 2.0\nticker at 3.0\n");
}

// The oracle's time.sleep advances its clock at once, even in a thread: what CPython prints in
// real time for these programs is checked here on the virtual clock.
TEST_CASE("time.sleep in asyncio.to_thread leaves the loop running, as a thread's does") {
  Run run({.display = false, .virtual_time = true});
  run.program.start("t.py",
                    "import asyncio, time\n"
                    "def blocking(label, seconds):\n"
                    "    print(label, 'starts at', time.monotonic())\n"
                    "    time.sleep(seconds)\n"
                    "    print(label, 'ends at', time.monotonic())\n"
                    "    return label.upper()\n"
                    "async def ticker():\n"
                    "    for i in range(3):\n"
                    "        print('tick', i)\n"
                    "        await asyncio.sleep(0.5)\n"
                    "async def main():\n"
                    "    results = await asyncio.gather(asyncio.to_thread(blocking, 'a', 1),\n"
                    "                                   asyncio.to_thread(blocking, 'b', 1.2),\n"
                    "                                   ticker())\n"
                    "    print(results, len(asyncio.all_tasks()))\n"
                    "    try:\n"
                    "        await asyncio.wait_for(asyncio.to_thread(blocking, 'slow', 2), 1)\n"
                    "    except TimeoutError:\n"
                    "        print('timed out at', asyncio.get_running_loop().time())\n"
                    "    print(asyncio.create_task(asyncio.sleep(0)).get_name())\n"
                    "    def no_loop():\n"
                    "        try:\n"
                    "            asyncio.get_running_loop()\n"
                    "        except RuntimeError as error:\n"
                    "            return str(error)\n"
                    "    print(await asyncio.to_thread(no_loop))\n"
                    "asyncio.run(main())\n"
                    "print('after asyncio.run')\n");
  CHECK(run_to_end(run) == 0);
  CHECK(run.host.err == "");
  // CPython: the threads sleep while the ticker ticks; asyncio.run waits for the thread that
  // outlived its wait_for (its default executor's shutdown), and threads take no task number.
  // A green thread starts at the loop's next iteration: after "tick 0", one of the orders
  // CPython's threads and GIL give.
  CHECK(run.host.out ==
        "tick 0\na starts at 0.0\nb starts at 0.0\ntick 1\na ends at 1.0\ntick 2\n"
        "b ends at 1.2\n['A', 'B', None] 1\nslow starts at 1.5\ntimed out at 2.5\nTask-6\n"
        "no running event loop\nslow ends at 3.5\nafter asyncio.run\n");
}

TEST_CASE("a slice ends a long run of ready work with Running, and the run goes on") {
  Run run({.display = false, .virtual_time = true});
  run.program.start("r.py",
                    "import asyncio\n"
                    "async def spin(n):\n"
                    "    for i in range(20000):\n"
                    "        await asyncio.sleep(0)\n"
                    "    return n\n"
                    "async def main():\n"
                    "    print(sum(await asyncio.gather(*(spin(n) for n in range(10)))))\n"
                    "asyncio.run(main())\n");
  int slices = 0;
  py::Program::State state;
  while ((state = run.program.run(0.001)) == py::Program::State::Running) ++slices;
  CHECK(state == py::Program::State::Finished);
  CHECK(slices > 1);
  CHECK(run.host.out == "45\n");
}

TEST_CASE("an interrupt while the program waits raises KeyboardInterrupt where it waits") {
  Run run;
  run.program.start("k.py",
                    "import time\ntry:\n    time.sleep(60)\nexcept KeyboardInterrupt:\n"
                    "    print('interrupted')\n");
  CHECK(run.program.run() == py::Program::State::Sleeping);
  run.host.interrupt = true;
  CHECK(run.program.run() == py::Program::State::Finished);
  CHECK(run.host.out == "interrupted\n");
}

TEST_CASE("an interrupt while asyncio.run waits for a timer ends the run") {
  Run run;
  run.program.start("k2.py",
                    "import asyncio\n"
                    "async def main():\n"
                    "    await asyncio.sleep(60)\n"
                    "asyncio.run(main())\n");
  CHECK(run.program.run() == py::Program::State::Sleeping);
  run.host.interrupt = true;
  CHECK(run.program.run() == py::Program::State::Finished);
  CHECK(run.program.exit_status() == 1);
  CHECK(run.host.err.find("KeyboardInterrupt") != std::string::npos);
}

TEST_CASE("top-level await runs as a task and pending tasks run to completion") {
  Run run({.display = true, .virtual_time = true});
  run.program.start("n.py",
                    "import asyncio\n"
                    "async def later():\n"
                    "    await asyncio.sleep(5)\n"
                    "    print('background done')\n"
                    "t = asyncio.create_task(later())\n"
                    "await asyncio.sleep(1)\n"
                    "asyncio.get_running_loop().time()\n");
  CHECK(run_to_end(run) == 0);
  CHECK(run.host.out == "1.0\nbackground done\n");
}

TEST_CASE("while True: pass stops on the host's interrupt flag") {
  Run run;
  run.program.start("w.py",
                    "try:\n    while True: pass\nexcept KeyboardInterrupt:\n"
                    "    print('stopped')\n");
  CHECK(run_interrupted(run, {50}) == py::Program::State::Finished);
  CHECK(run.host.out == "stopped\n");
}

TEST_CASE("the interrupt flag stops a native loop over a Python iterator that never loops") {
  // any() calls __next__ from C++ at every item; __next__ neither loops nor calls, so only the
  // entry of its frame polls the host.
  Run run;
  run.program.start("n.py",
                    "class Zeros:\n"
                    "    def __iter__(self):\n        return self\n"
                    "    def __next__(self):\n        return 0\n"
                    "try:\n    any(Zeros())\nexcept KeyboardInterrupt:\n"
                    "    print('stopped')\n");
  CHECK(run_interrupted(run, {50}) == py::Program::State::Finished);
  CHECK(run.host.out == "stopped\n");
}

TEST_CASE("the interrupt flag stops one long integer operation, with the instruction's line") {
  // 3**100000000 is one instruction that would multiply for minutes: the big-int code polls the
  // host too (num::Interrupted), and the program stays usable after it.
  Run run;
  run.program.start("p.py",
                    "try:\n"
                    "    x = 3 ** 100_000_000\n"
                    "except KeyboardInterrupt:\n"
                    "    print('stopped')\n"
                    "print(2 ** 100 % 1000)\n"
                    "x = 7 ** 100_000_000\n");
  CHECK(run_interrupted(run, {50, 300}) == py::Program::State::Finished);
  CHECK(run.host.out == "stopped\n376\n");
  CHECK(run.host.err.find("line 6, in <module>\n    x = 7 ** 100_000_000\n") != std::string::npos);
  CHECK(run.host.err.find("KeyboardInterrupt") != std::string::npos);
  CHECK(run.program.exit_status() == 1);
}

TEST_CASE("a long computation gives the host a turn at its slice's end, then goes on") {
  Run run;
  run.program.start("c.py",
                    "print('start')\n"
                    "total = 0\n"
                    "for i in range(3_000_000):\n"
                    "    total += i\n"
                    "print(total)\n");
  int turns = 0;
  py::Program::State state;
  while ((state = run.program.run(0.005)) == py::Program::State::Running) {
    ++turns;
    // Output printed before the computation is already there while it runs.
    CHECK(run.host.out == "start\n");
  }
  CHECK(state == py::Program::State::Finished);
  CHECK(turns > 1);
  CHECK(run.host.out == "start\n4499998500000\n");
}

TEST_CASE("the interrupt flag set between slices stops a runaway loop in a task") {
  Run run;
  run.program.start("l.py",
                    "import asyncio\n"
                    "async def spin():\n"
                    "    try:\n"
                    "        while True:\n"
                    "            pass\n"
                    "    finally:\n"
                    "        print('cleaned up')\n"
                    "asyncio.run(spin())\n");
  CHECK(run.program.run(0.005) == py::Program::State::Running);
  run.host.interrupt = true;
  CHECK(run.program.run(0.005) == py::Program::State::Finished);
  CHECK(run.host.out == "cleaned up\n");
  CHECK(run.host.err.find("KeyboardInterrupt") != std::string::npos);
  CHECK(run.program.exit_status() == 1);
}

TEST_CASE("recursion without loops gives the host a turn and hears its interrupt flag") {
  Run run;
  run.program.start("r.py",
                    "def fib(n):\n"
                    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
                    "print(fib(27))\n"
                    "try:\n"
                    "    fib(60)\n"
                    "except KeyboardInterrupt:\n"
                    "    print('stopped')\n");
  // fib(27) takes far longer than one 1 ms slice: it is cut at calls, and still correct.
  int turns = 0;
  py::Program::State state;
  while ((state = run.program.run(0.001)) == py::Program::State::Running && run.host.out.empty())
    ++turns;
  CHECK(turns > 1);
  CHECK(run.host.out == "196418\n");
  // fib(60) would run for hours: the flag stops it between two calls.
  CHECK(state == py::Program::State::Running);
  run.host.interrupt = true;
  CHECK(run.program.run(0.001) == py::Program::State::Finished);
  CHECK(run.host.out == "196418\nstopped\n");
}

TEST_CASE("tracebacks show no frame of itertools, functools or operator, but asyncio's") {
  // CPython's itertools, functools and operator are C modules: a traceback through them shows
  // the caller's frame and the frames of the Python functions they called, nothing in between.
  Run run;
  run.program.start("lib.py",
                    "import functools, itertools, operator\n"
                    "def check(x):\n"
                    "    if x > 1:\n"
                    "        raise ValueError(x)\n"
                    "    return x\n"
                    "try:\n"
                    "    list(itertools.takewhile(check, [1, 2]))\n"
                    "except ValueError:\n"
                    "    pass\n"
                    "def last():\n"
                    "    functools.partial(operator.getitem, [1, 2])(check(1))\n"
                    "    return functools.reduce(max, [])\n"
                    "last()\n");
  CHECK(run_to_end(run) == 1);
  CHECK(run.host.err ==
        "Traceback (most recent call last):\n"
        "  File \"lib.py\", line 13, in <module>\n"
        "    last()\n"
        "  File \"lib.py\", line 12, in last\n"
        "    return functools.reduce(max, [])\n"
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        "TypeError: reduce() of empty iterable with no initial value\n");

  Run user_function;
  user_function.program.start("cb.py",
                              "import functools, itertools\n"
                              "def check(x):\n"
                              "    raise ValueError(x)\n"
                              "f = functools.partial(check, 1)\n"
                              "list(itertools.starmap(f, [()]))\n");
  CHECK(run_to_end(user_function) == 1);
  CHECK(user_function.host.err ==
        "Traceback (most recent call last):\n"
        "  File \"cb.py\", line 5, in <module>\n"
        "    list(itertools.starmap(f, [()]))\n"
        "  File \"cb.py\", line 3, in check\n"
        "    raise ValueError(x)\n"
        "ValueError: 1\n");

  // The asyncio prelude stands for Lib/asyncio, whose frames CPython shows.
  Run prelude({.virtual_time = true});
  prelude.program.start("a.py",
                        "import asyncio\n"
                        "async def main():\n"
                        "    await asyncio.wait_for(asyncio.sleep(5), 1)\n"
                        "asyncio.run(main())\n");
  CHECK(run_to_end(prelude) == 1);
  CHECK(prelude.host.err.find("File \"<frozen asyncio>\"") != std::string::npos);
  CHECK(prelude.host.err.find("<frozen functools>") == std::string::npos);
}
