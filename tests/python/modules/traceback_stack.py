import sys
import traceback


def show(stack):
    for frame in stack:
        print(frame.name, frame.lineno, repr(frame.line), frame.colno, frame.end_colno)


def inner(n):
    stack = traceback.extract_stack()
    print(type(stack).__name__, len(stack) >= 3)
    show(stack[-3:])
    print(''.join(traceback.format_stack()[-3:]), end='')
    print(''.join(traceback.format_stack(limit=2)), end='')
    traceback.print_stack(limit=2, file=sys.stdout)
    print([f.name for f in traceback.extract_stack(limit=3)])
    frame = sys._getframe()
    print(frame.f_code.co_name, frame.f_lineno, frame.f_back.f_code.co_name,
          frame.f_back.f_lineno, frame.f_locals == {'n': n, 'stack': stack})
    print(sorted(frame.f_locals), frame.f_globals is globals())
    print(sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    print([f.name for f in traceback.extract_stack(sys._getframe(1))][-2:])
    return n


def middle(n):
    value = n * 2
    return inner(value)


def outer():
    return middle(1)


outer()

print('--- module level')
print(traceback.extract_stack()[-1])
frame = sys._getframe()
print(frame.f_code.co_name, frame.f_lineno, frame.f_locals is globals())
print(frame.f_globals['__name__'])
print(type(frame).__name__)


def walker():
    names = [(f.f_code.co_name, lineno) for f, lineno in traceback.walk_stack(sys._getframe())]
    print(names[:2])
    del names
    summary = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()),
                                             capture_locals=True, limit=2)
    print(summary[0].name, summary[0].locals, summary[1].locals)
    print(''.join(summary.format()), end='')


def call_walker():
    marker = 'here'
    walker()


call_walker()


def closure():
    captured = [1]

    def uses():
        local = captured[0]
        return sys._getframe().f_locals

    return uses()


print(closure())

try:
    sys._getframe(10 ** 6)
except ValueError as e:
    print('ValueError', e)
try:
    sys._getframe('1')
except TypeError as e:
    print('TypeError', e)


def recurse(n):
    if n == 0:
        return traceback.format_stack()
    return recurse(n - 1)


lines = recurse(8)
print(''.join(lines[-5:]), end='')


class Widget:
    def method(self):
        return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name

    name = sys._getframe().f_code.co_name


print(Widget().method(), Widget.name)


def live():
    frame = sys._getframe()
    first = frame.f_lineno
    later = 'x'
    print(first, frame.f_lineno, sorted(frame.f_locals))
    return frame


gone = live()
print(sorted(gone.f_locals), gone.f_back.f_code.co_name, repr(gone).startswith('<frame at 0x'))
print(sorted(f.f_code.co_name for f in [sys._getframe(0)]))
gen = (sys._getframe().f_code.co_name for _ in range(1))
print(next(gen))
print(sorted([1, 3, 2], key=lambda v: (sys._getframe(1).f_code.co_name, v)))
