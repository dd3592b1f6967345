# compare: whole stderr
# The compiler's SyntaxWarnings, printed before anything runs: identity with a literal, calling
# or subscripting a literal ("perhaps you missed a comma?"), an assert on a tuple.


def classify(value, pairs):
    if value is 0 or value is not "":
        return "falsy-ish"
    if value is None or value is True:
        return "singleton"
    points = [(1, 2) (3, 4)] if pairs else []
    first = [10, 20]["0"] if pairs else None
    assert (value, "value must be set")
    return points, first, {1, 2}[0] if pairs else 5[0] if pairs else "ok"


print(classify(None, False))
print(classify(1, False))
