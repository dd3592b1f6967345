# compare: whole stderr
# A try block that the file ends in: CPython points at the end of the last line.
try:
    print("never runs")

# nothing follows
