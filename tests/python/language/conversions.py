print(int("42"), int(" -7 "), int(3.99), int(True), int("101", 2), int("z", 36))
print(float("3.5"), float("-inf"), float(2), float("1e3"), str(3.0), str(-12))
print(bool(0), bool(""), bool("False"), bool(0.0), bool([None]), bool(None))
print(list("abc"), list((1, 2)), list({"a": 1}), list(range(3)))
print(tuple([1, 2]), set([1, 1, 2]), dict([(1, 2)]), dict(a=1))
print(str([1, "a"]), str({"k": None}), repr("x"), str(None), str(True))
for bad in ["int('4.5')", "int('')", "float('abc')", "int([1])", "float(None)",
            "list(5)", "dict([1, 2])", "int('9', 8)", "tuple(1.5)"]:
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(f"{bad}: {type(e).__name__}: {e}")
