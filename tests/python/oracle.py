#!/usr/bin/env python3
"""The corpus's oracle: /work/shared/tools/cpython_vt.py, unchanged, except that an uncaught
exception is displayed by CPython's own top-level handler (sys.excepthook) rather than by
traceback.print_exc().

Why: in CPython 3.11 only the interpreter's handler appends "Did you mean: 'print'?" to a
NameError or AttributeError (the traceback module learnt it in 3.12), and `python3 prog.py`
shows it. Every other line of output is the same either way.

Usage: python3 oracle.py [--display] [--virtual-time] FILE.py   (same as cpython_vt.py)
"""
import os
import runpy
import sys
import traceback

VT_ORACLE = os.environ.get("CPYTHON_VT", "/work/shared/tools/cpython_vt.py")


def print_exc_like_the_interpreter(*args, **kwargs):
    sys.excepthook(*sys.exc_info())


traceback.print_exc = print_exc_like_the_interpreter
sys.argv = [VT_ORACLE] + sys.argv[1:]
runpy.run_path(VT_ORACLE, run_name="__main__")
