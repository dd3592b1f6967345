for expr in ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "5.5 % 0", "divmod(1, 0)", "0 ** -1"]:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(f"{expr:12} -> {e}")

def average(values):
    return sum(values) / len(values)

print(average([1, 2, 3]))
print(average([]))
