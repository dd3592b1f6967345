for expr in ["[1, 2][5]", "(1,)[-2]", "'abc'[3]", "[].pop()", "[1].pop(4)", "range(3)[3]"]:
    try:
        eval(expr)
    except IndexError as e:
        print(f"{expr:14} -> {e}")

items = ["a", "b", "c"]
for i in range(4):
    print(items[i])
