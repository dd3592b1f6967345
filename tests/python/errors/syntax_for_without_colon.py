# compare: whole stderr
# A for header followed by more than its iterable: invalid syntax at that token, not
# "expected ':'" (CPython says that only where the line ends).
for name in ["a", "b"] print(name)
