# compare: whole stderr
# How a caught or raised SyntaxError's location is drawn: a range for SyntaxError only (one
# caret for IndentationError and TabError), to the end of the line when it spans lines, never
# more than one past the text.
import traceback
cases = [SyntaxError("range", ("f.py", 3, 5, "    the text here\n", 3, 9)),
         IndentationError("sub", ("f.py", 3, 5, "    the text here\n", 3, 9)),
         TabError("tab", ("f.py", 2, 1, "\tx = 1\n", 2, 4)),
         SyntaxError("multi", ("f.py", 3, 5, "    the text here\n", 5, 2)),
         SyntaxError("beyond", ("f.py", 1, 3, "abc\n", 1, 40))]
for c in cases:
    try:
        raise c
    except SyntaxError:
        traceback.print_exc()
raise cases[1]
