words = ["apple", "banana", "cherry", "date", "fig"]
print([w.upper() for w in words if len(w) > 4])
print({w[0]: len(w) for w in words})
print(sorted({len(w) for w in words}))
print([(i, j) for i in range(3) for j in range(i)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([x for row in matrix for x in row if x % 2])
print(sum(x * x for x in range(10)))
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
print({k: v for k, v in zip("abc", range(3)) if v})
print([y for x in range(5) if (y := x * 10) > 15])
x = "unchanged"
print([x for x in range(3)], x)
