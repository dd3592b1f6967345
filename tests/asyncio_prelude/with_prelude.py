#!/usr/bin/env python3
"""Run a program under CPython 3.11 with the pure-Python half of Attendable's asyncio
(core/python/modules/asyncio_prelude.py) patched into CPython's `asyncio` module.

Usage: with_prelude.py [--unpatched | --public-only] [--display] FILE.py

The prelude is executed in a namespace pre-filled with CPython's own versions of the names the
engine's native half provides (Future, Task, sleep, run, ...); the names it defines then replace
CPython's in the `asyncio` module, and the program runs exactly as the corpus oracle
(tests/python/oracle.py = /work/shared/tools/cpython_vt.py with the interpreter's own display of
uncaught errors) runs it. --unpatched runs the oracle alone (the reference). --public-only makes the
prelude behave as if the native Future had no `_cancel_message` attribute (its one optional
private attribute).
"""
import asyncio
import asyncio.events
import builtins
import os
import runpy
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
PRELUDE = os.path.normpath(os.path.join(HERE, "..", "..", "core", "python", "modules",
                                        "asyncio_prelude.py"))
VT_ORACLE = os.environ.get("CPYTHON_VT", os.path.join(HERE, "..", "python", "oracle.py"))

# What the engine's native half puts in the module namespace before the prelude runs.
NATIVES = {
    "Future": asyncio.Future,
    "Task": asyncio.Task,
    "sleep": asyncio.sleep,
    "run": asyncio.run,
    "create_task": asyncio.create_task,
    "get_running_loop": asyncio.get_running_loop,
    "get_event_loop": asyncio.get_event_loop,
    "_get_running_loop": asyncio.events._get_running_loop,
    "current_task": asyncio.current_task,
    "all_tasks": asyncio.all_tasks,
    "iscoroutine": asyncio.iscoroutine,
    "iscoroutinefunction": asyncio.iscoroutinefunction,
    "isfuture": asyncio.isfuture,
    "CancelledError": asyncio.CancelledError,
    "InvalidStateError": asyncio.InvalidStateError,
    "QueueEmpty": asyncio.QueueEmpty,
    "QueueFull": asyncio.QueueFull,
}

# What the prelude defines and replaces in CPython's asyncio.
DEFINED = [
    "gather", "wait", "wait_for", "as_completed", "shield", "timeout", "timeout_at", "Timeout",
    "TaskGroup", "Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "Queue",
    "LifoQueue", "PriorityQueue", "ensure_future", "Barrier", "BrokenBarrierError",
    "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
]


def load_prelude():
    ns = {"__name__": "asyncio", "__builtins__": builtins}
    ns.update(NATIVES)
    with open(PRELUDE, encoding="utf-8") as f:
        src = f.read()
    exec(compile(src, PRELUDE, "exec"), ns)
    return ns


def patch_asyncio(public_only=False):
    ns = load_prelude()
    if public_only:
        # Behave as with a native Future that has no `_cancel_message` attribute.
        ns["_CANCEL_MESSAGE_ATTR"] = "_attribute_the_native_half_does_not_have"
    for name in DEFINED:
        if name not in ns:
            raise SystemExit(f"with_prelude.py: the prelude does not define {name}")
        setattr(asyncio, name, ns[name])
    return ns


def main():
    args = sys.argv[1:]
    public_only = "--public-only" in args
    if public_only:
        args.remove("--public-only")
    if "--unpatched" in args:
        args.remove("--unpatched")
    else:
        patch_asyncio(public_only)

    # As tests/python/oracle.py: uncaught errors shown by the interpreter's own handler.
    def print_exc_like_the_interpreter(*a, **k):
        sys.excepthook(*sys.exc_info())

    traceback.print_exc = print_exc_like_the_interpreter
    sys.argv = [VT_ORACLE] + args
    runpy.run_path(VT_ORACLE, run_name="__main__")


if __name__ == "__main__":
    main()
