# compare: whole stderr
# An unterminated string: one caret at its start (not a range).
name = "Zoë
greeting = f"hello {name}"
