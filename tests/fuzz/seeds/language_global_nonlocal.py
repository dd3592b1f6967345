total = 0
names = []

def add(n):
    global total
    total += n
    names.append(n)

for i in range(1, 5):
    add(i)
print(total, names)

def outer():
    level = 1
    def middle():
        nonlocal level
        level += 1
        def inner():
            nonlocal level
            level *= 10
        inner()
    middle()
    return level

print(outer())

def shadow():
    total = "local"
    return total

print(shadow(), total)
