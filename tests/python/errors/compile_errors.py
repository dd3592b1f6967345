# compile()'s argument errors, the SyntaxError of bad source with CPython's fields, and an
# uncaught one from exec(), reported with its location.
calls = [
    (1, "f", "exec"),
    ("x", "f", "bad"),
    ("x", 1, "exec"),
    ("x", "f", 1),
    ("x", "f"),
    ("x", "f", "exec", 0x8000),
    ("x", "f", "exec", "0"),
    ("x", "f", "exec", 0, False, 5),
    ("x\0", "f", "exec"),
]
for args in calls:
    try:
        compile(*args)
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)

sources = [
    ("1 +", "exec"),
    ("def f(:\n  pass", "exec"),
    ("if True:\npass", "exec"),
    ("é = 1 +", "exec"),
    ("x = 1\ny = 2", "single"),
    ("for x in y:\n    return 5\n", "exec"),
    # Top-level await is for programs and notebook cells only, as in CPython.
    ("await x", "exec"),
    ("[x async for x in y]", "eval"),
    ("async for x in y:\n    pass", "exec"),
    ("def f():\n    async with x:\n        pass", "exec"),
    ("def f():\n    return [await x for x in y]", "exec"),
]
for source, mode in sources:
    try:
        compile(source, "dir/prog.py", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.args)
        print(" ", e, "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

def outer():
    hidden = 1
    def inner():
        return hidden
    return inner
try:
    exec(outer().__code__)
except TypeError as e:
    print(e)

exec("print('before')\nvalue = (1 +\n  2 +)")
