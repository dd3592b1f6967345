# compile(): a code object that exec() and eval() run, in each of its three modes.
code = compile("total = sum(range(5))\nprint('exec ran', total)", "setup.py", "exec")
print(code.co_name, code.co_filename, code.co_firstlineno, repr(code).startswith("<code object <module> at 0x"))
print(repr(code).endswith(', file "setup.py", line 1>'))
namespace = {}
print(exec(code, namespace), namespace["total"])
print(eval(code, namespace))

expression = compile("total * 2 + 1", "<expr>", "eval")
print(eval(expression, namespace), exec(expression, namespace))
print(eval(compile(b"'bytes' + ' source'", b"b.py", "eval")))

# 'single' echoes the value of each expression statement, as the interactive prompt does.
exec(compile("6 * 7", "<stdin>", "single"))
exec(compile("'a'; None; 'b'", "<stdin>", "single"))
exec(compile("for i in range(2): i * 10\n", "<stdin>", "single"))

# Keyword arguments, and flags of 0 are accepted.
code = compile(source="x = 3", filename="kw.py", mode="exec", flags=0, dont_inherit=True, optimize=-1)
exec(code)
print(x)

# Code objects compiled once run many times, each in its own namespace.
counter = compile("n = n + 1 if 'n' in dir() else 1", "count.py", "exec")
for _ in range(3):
    exec(counter)
print(n)
exec(compile("def square(v):\n    return v * v\n", "lib.py", "exec"))
print(square(9), square.__code__.co_filename)

# A function's code object runs as a call without arguments.
def gen():
    yield 1
def needs(a, b):
    return a + b
for fn in (gen, needs, lambda: 7):
    for run in (exec, eval):
        try:
            result = run(fn.__code__)
            print(run.__name__, fn.__name__, type(result).__name__, result if fn is not gen else "")
        except TypeError as e:
            print(run.__name__, fn.__name__, e)
