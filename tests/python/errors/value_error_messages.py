for expr in [
    "int('abc')",
    "int('12.5')",
    "int('ff', 10)",
    "float('x1')",
    "[1, 2].index(3)",
    "[1].remove(2)",
    "'abc'.index('z')",
    "a, b = [1, 2, 3]",
    "a, b, c = [1, 2]",
    "chr(-1)",
    "range(1, 5, 0)",
    "'{} {}'.format(1)",
]:
    try:
        exec(expr)
    except (ValueError, IndexError) as e:
        print(f"{type(e).__name__}: {e}")
