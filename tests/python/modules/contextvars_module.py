# contextvars' API: ContextVar get/set/reset and their errors, Token, Context as a mapping, Context.run
import contextvars

var = contextvars.ContextVar("var", default=0)
other = contextvars.ContextVar("other")
print(repr(var).split(" at ")[0], repr(other).split(" at ")[0])
print(type(var), type(contextvars.copy_context()), contextvars.Token.MISSING)
print(var.name, var.get(), var.get(5), other.get("x"))
try:
    other.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__)
t = var.set(1)
print(t.var is var, t.old_value, repr(t).startswith("<Token var=<ContextVar name='var'"))
t2 = var.set(2)
print(t2.old_value, var.get())
var.reset(t2)
print(var.get())
for bad in (lambda: var.reset(t2), lambda: other.reset(t), lambda: var.reset("t"),
            lambda: contextvars.ContextVar(1), lambda: contextvars.copy_context()["x"]):
    try:
        bad()
    except (RuntimeError, ValueError, TypeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])

ctx = contextvars.copy_context()
print(len(ctx), var in ctx, ctx[var], ctx.get(other), list(ctx.keys()) == [var],
      list(ctx.values()), [(k.name, v) for k, v in ctx.items()])


def change(n):
    var.set(n)
    other.set("inside")
    return var.get(), other.get()


print(ctx.run(change, 10), var.get(), other.get("unset"), ctx[var], ctx[other])
print(ctx.copy()[var])
try:
    ctx.run(ctx.run, print)
except RuntimeError as e:
    print("RuntimeError", str(e).split(":")[0])
try:
    ctx.run(lambda: 1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print(e)
print(contextvars.ContextVar[int])
empty = contextvars.Context()
print(len(empty), empty.run(var.get))
