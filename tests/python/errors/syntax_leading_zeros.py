# compare: whole stderr
# Old-style octal: CPython marks the leading zeros only.
mode = 000755
