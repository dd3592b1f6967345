def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")

find([4, 5, 6], 5)
find([4, 5, 6], 9)

n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n > 6:
        break
    print("even", n)
else:
    print("while-else skipped because of break")

count = 3
while count:
    count -= 1
else:
    print("while-else runs when the loop ends normally")

for i in range(3):
    pass
print("loop variable after loop:", i)
for _ in []:
    print("never")
