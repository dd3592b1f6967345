# SyntaxError's fields: msg, then filename, lineno, offset, text, end_lineno and end_offset from
# its second argument; str() adds the file's base name and the line when they are known.
cases = [
    ("m",),
    ("m", ("dir/f.py", 1, 2, "txt", 1, 3)),
    ("m", ("f", 4, 2, "txt")),
    ("m", ["f", 4, 2, "txt", 5, 6]),
    ("a", "b", "c"),
    (),
    ("m", ("", 1, 2, "t", 1, 3)),
    ("m", (None, 4, 2, "t", 1, 3)),
    ("m", ("x", None, 2, "t", 1, 3)),
    ("m", ("x", True, 2, "t", 1, 3)),
]
for args in cases:
    e = SyntaxError(*args)
    print(repr(e), "|", e, "|", e.msg, e.filename, e.lineno, e.offset, e.text,
          e.end_lineno, e.end_offset, e.print_file_and_line, e.args)

for bad in [("m", ("f", 1, 2)), ("m", ("f", 1, 2, "t", 1)), ("m", ("f", 1, 2, "t", 1, 3, 4)), ("m", 5)]:
    try:
        SyntaxError(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    SyntaxError("m", lineno=3)
except TypeError as e:
    print("TypeError:", e)

e = IndentationError("m", ("x.py", 3, 2, "t", 3, 3))
print(repr(e), e, isinstance(e, SyntaxError))
e.msg = "changed"
e.lineno = 7
print(e, e.args)

class MySyntaxError(SyntaxError):
    pass
print(MySyntaxError("mine", ("m.py", 2, 1, "x", 2, 2)))

try:
    exec("x = 1\nif x:\nprint(x)")
except IndentationError as e:
    print(type(e).__name__, e, e.lineno, e.offset, repr(e.text))
try:
    exec("[1, 2")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno)

# traceback's text for it starts at its location, as the interpreter's does.
import traceback
try:
    exec("x = 1 +\n")
except SyntaxError as e:
    print(traceback.format_exception_only(type(e), e))
print(traceback.format_exception_only(SyntaxError, SyntaxError("m", ("f.py", 2, 3, "  abc\n", 2, 5))))

# Uncaught, it is shown with its line and carets, then "SyntaxError: msg".
raise SyntaxError("made by hand", ("hand.py", 3, 5, "    value = 1 +\n", 3, 8))
