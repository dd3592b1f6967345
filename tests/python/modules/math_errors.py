import math

for expr in ["math.sqrt(-1)", "math.log(0)", "math.log(-1)", "math.factorial(-1)",
             "math.factorial(2.5)", "math.exp(1000)", "math.comb(3, -1)", "math.acos(2)"]:
    try:
        print(eval(expr))
    except (ValueError, OverflowError, TypeError) as e:
        print(f"{expr}: {type(e).__name__}: {e}")
print(math.sqrt(-4))
