# compare: whole stderr
# nonlocal with nothing to bind to: the statement is marked.
def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner
