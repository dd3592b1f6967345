import sys
import traceback


def divide(a, b):
    return a / b


def average(values):
    total = sum(values)
    return divide(total, len(values)) + values[0]


def lookup(table, key):
    return table["inner"][key]


def catch(function, *args):
    try:
        function(*args)
    except Exception as e:
        return e


error = catch(average, [])
tb = error.__traceback__
summary = traceback.extract_tb(tb)
print(type(summary).__name__, len(summary))
for frame in summary:
    print(repr(frame))
    print(frame.filename, frame.lineno, frame.name, repr(frame.line))
    print(frame.end_lineno, frame.colno, frame.end_colno)
    filename, lineno, name, line = frame
    print(name, lineno, line, len(frame), frame[2], frame[-1])
print(summary[-1] == (summary[-1].filename, summary[-1].lineno, 'divide', 'return a / b'))

print('--- format_tb')
for piece in traceback.format_tb(tb):
    print(piece, end='')
print('--- format_tb limit=1, -1')
print(''.join(traceback.format_tb(tb, limit=1)), end='')
print(''.join(traceback.format_tb(tb, limit=-1)), end='')
print('--- print_tb')
traceback.print_tb(tb, file=sys.stdout)
traceback.print_tb(tb, limit=2, file=sys.stdout)

print('--- anchors')
error = catch(lookup, {"inner": {}}, "missing")
traceback.print_tb(error.__traceback__, file=sys.stdout)
print([f.name for f in traceback.extract_tb(error.__traceback__)])


def long_call():
    return divide(
        1,
        0)


error = catch(long_call)
print(''.join(traceback.format_tb(error.__traceback__)), end='')

print('--- walk_tb')
for frame, lineno in traceback.walk_tb(error.__traceback__):
    print(frame.f_code.co_name, lineno)
print([lineno for _, lineno in traceback.walk_tb(None)])
stack = traceback.StackSummary.extract(traceback.walk_tb(error.__traceback__))
print([(f.name, f.lineno, f.colno, f.line) for f in stack])
print(''.join(stack.format()), end='')

print('--- format_list / print_list')
print(traceback.format_list([('spam.py', 3, '<module>', 'spam.eggs()'),
                             ('eggs.py', 42, 'eggs', 'return "bacon"')]))
traceback.print_list([('spam.py', 3, '<module>', 'spam.eggs()'), ('x.py', 1, 'f', None),
                      ('y.py', 2, 'g', '')], file=sys.stdout)
made = traceback.FrameSummary('made.py', 7, 'func', line='  value = compute()  ')
print(repr(made), repr(made.line), made.locals, made.colno)
print(traceback.format_list([made]))
with_locals = traceback.FrameSummary('l.py', 1, 'f', line='x', locals={'b': 2, 'a': [1]})
print(with_locals.locals)
print(''.join(traceback.format_list([with_locals])), end='')
summary = traceback.StackSummary.from_list([made, ('t.py', 2, 'g', 'pass')])
print(type(summary).__name__, summary)
print(made == traceback.FrameSummary('made.py', 7, 'func', line='other'))
print(made == ('made.py', 7, 'func', 'value = compute()'))
print(traceback.format_list([]))
f = traceback.FrameSummary('none.py', None, 'f')
print(f.line, f.lineno)


def recurse(n):
    if n == 0:
        raise ValueError('bottom')
    return recurse(n - 1)


error = catch(recurse, 10)
formatted = traceback.format_tb(error.__traceback__)
print(len(formatted))
print(''.join(formatted), end='')
print(len(traceback.extract_tb(error.__traceback__)))

print('--- wide')


def wide():
    return {'名前': 1}['名前'] + '合計' / 2


error = catch(wide)
print(''.join(traceback.format_tb(error.__traceback__)), end='')
print(traceback.extract_tb(error.__traceback__)[-1].colno)
print(traceback.extract_tb(error.__traceback__)[-1].end_colno)
print(traceback.extract_tb(None))
