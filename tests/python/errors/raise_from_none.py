def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no entry named {key}") from None

try:
    lookup({}, "x")
except LookupError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))

lookup({"a": 1}, "b")
