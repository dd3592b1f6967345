# compare: whole stderr
# A block header at the very end of the file: CPython points after its colon.
print("never runs")


def later():
