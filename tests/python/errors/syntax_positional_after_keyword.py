# compare: whole stderr
# A positional argument after a keyword one: reported at the call's closing parenthesis.
print(sep="-", "a", "b")
