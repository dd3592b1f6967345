# compare: whole stderr
# Exceptions' __traceback__: traceback objects linked outermost first, the same objects while
# the exception travels further; with_traceback(), sys.exc_info() and the traceback module.
import sys
import traceback
import types


def parse(text):
    return int(text)


def load(texts):
    return [parse(t) for t in texts]


def walk(tb):
    while tb is not None:
        yield tb
        tb = tb.tb_next


try:
    load(["1", "x"])
except ValueError as error:
    tb = error.__traceback__
    print(type(tb).__name__, isinstance(tb, types.TracebackType), tb is error.__traceback__)
    print(sys.exc_info()[2] is tb)
    print([(t.tb_lineno, t.tb_frame.f_code.co_name) for t in walk(tb)])
    innermost = list(walk(tb))[-1]
    print(innermost.tb_frame.f_lineno, type(innermost.tb_frame) is types.FrameType)
    print(isinstance(innermost.tb_lasti, int), innermost.tb_next)
    caught = error

print(KeyError("fresh").__traceback__)


def again(exc):
    raise exc


try:
    again(caught)
except ValueError as error:
    lines = [t.tb_lineno for t in walk(error.__traceback__)]
    print(lines)
    print(list(walk(error.__traceback__))[2] is list(walk(caught.__traceback__))[2])

short = RuntimeError("short").with_traceback(list(walk(caught.__traceback__))[-2])
print([t.tb_lineno for t in walk(short.__traceback__)])
traceback.print_exception(short)
print("".join(traceback.format_exception(type(caught), caught, None)), end="")
short.__traceback__ = None
print(short.__traceback__)
for bad in (5, "tb"):
    try:
        short.with_traceback(bad)
    except TypeError as e:
        print("TypeError:", e)

try:
    try:
        {}["missing"]
    except KeyError as lookup:
        raise LookupError("wrapped").with_traceback(lookup.__traceback__)
except LookupError as wrapped:
    print([t.tb_lineno for t in walk(wrapped.__traceback__)])

raise caught.with_traceback(caught.__traceback__.tb_next)
