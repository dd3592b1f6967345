def describe(name, greeting="hello", *args, sep=", ", **kwargs):
    extra = sep.join(str(a) for a in args)
    opts = sep.join(f"{k}={v}" for k, v in kwargs.items())
    return f"{greeting} {name} [{extra}] {{{opts}}}"

print(describe("ana"))
print(describe("ben", "hi"))
print(describe("cy", "yo", 1, 2, 3))
print(describe("di", sep="/", color="red", size=3))
print(describe(*["ed", "hey"], *(4, 5), **{"sep": "-", "x": 0}))

def kwonly(a, *, b, c=3):
    return a + b + c

print(kwonly(1, b=2), kwonly(1, c=10, b=2))

def posonly(a, b, /, c):
    return (a, b, c)

print(posonly(1, 2, c=3))
