# Limits that native code must keep as CPython does: source that evaluates itself, widths near
# -2**63, an enumerate counting past 2**63 - 1.
line = "eval(line)"
try:
    eval(line)
except RecursionError as e:
    print("RecursionError", e)
s = "exec(s)"
try:
    exec(s)
except RecursionError as e:
    print("RecursionError", e)
print(repr('abc'.ljust(-2**63)), repr('abc'.rjust(-2**63, '*')), repr('abc'.center(-2**63)))
print(b'abc'.ljust(-2**63), 'ab'.center(5, '-'))
print(list(enumerate([1, 2, 3], 2**63 - 2)))
e = enumerate('xy', 2**63 - 1)
print(next(e), next(e))
print(list(enumerate('ab', -2**63)))
