data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print(f"long list ({n} items)")
values = iter(data)
while (v := next(values, None)) is not None:
    if v > 5:
        print("big", v)
print([y for x in data if (y := x * 2) > 8])
print(y)
total = 0
print([total := total + x for x in data], total)
