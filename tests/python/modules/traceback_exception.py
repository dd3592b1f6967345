import sys
import traceback


def parse(text):
    return int(text)


def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise RuntimeError('cannot load') from e


try:
    load('x')
except RuntimeError as e:
    error = e

te = traceback.TracebackException.from_exception(error)
print(te.exc_type.__name__, str(te), te.__suppress_context__)
print([f.name for f in te.stack])
print(te.__cause__.exc_type.__name__, str(te.__cause__), [f.name for f in te.__cause__.stack])
print(te.__context__ is not None, te.__cause__.__cause__, te.__cause__.__context__)
print(te.exceptions)
print(''.join(te.format()), end='')
print('--- chain=False')
print(''.join(te.format(chain=False)), end='')
print('--- only')
print(list(te.format_exception_only()))
te.print(file=sys.stdout)
print('--- compact')
compact = traceback.TracebackException(type(error), error, error.__traceback__, compact=True)
print(compact.__context__)
print(list(compact.format()) == list(te.format()))

try:
    try:
        {}['key']
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    context_error = e
te = traceback.TracebackException.from_exception(context_error, limit=1)
print(te.__cause__, te.__context__.exc_type.__name__)
print(''.join(te.format()), end='')
print('--- format_exception chain=False')
print(''.join(traceback.format_exception(context_error, chain=False)), end='')

try:
    compile('x = (1,', 'src.py', 'exec')
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.text, te.offset, te.msg)
    print(list(te.format_exception_only()))

group = ExceptionGroup('many', [ValueError(1), TypeError(2)])
te = traceback.TracebackException.from_exception(group)
print([t.exc_type.__name__ for t in te.exceptions])
print(''.join(te.format()), end='')
te = traceback.TracebackException(type(None), None, None)
print(list(te.format()))

print('--- limit')


def level(n):
    if n == 0:
        raise KeyError('deep')
    level(n - 1)


try:
    level(3)
except KeyError:
    print(traceback.format_exc(limit=2), end='')
    print(traceback.format_exc(limit=-1), end='')
    print(traceback.format_exc(limit=0), end='')
    error = sys.exception()
print(''.join(traceback.format_exception(error, limit=1)), end='')
traceback.print_exception(error, limit=1, file=sys.stdout)
sys.tracebacklimit = 1
print(''.join(traceback.format_exception(error)), end='')
print(len(traceback.extract_tb(error.__traceback__)))
print(traceback.format_exception(group))
sys.tracebacklimit = -3
print(len(traceback.extract_tb(error.__traceback__)))
del sys.tracebacklimit
