def countdown(n):
    return countdown(n - 1)

try:
    countdown(10)
except RecursionError as e:
    print("caught:", e)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(len(str(fact(500))))
countdown(3)
