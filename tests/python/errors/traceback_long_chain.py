# An exception re-raised in a loop gathers one traceback entry per raise: its traceback objects
# form a chain that long, which is walked and freed without recursion.
error = ValueError("again")
for attempt in range(100_000):
    try:
        raise error
    except ValueError:
        pass
tb = error.__traceback__
length = 0
while tb is not None:
    length += 1
    tb = tb.tb_next
print(length, error.__traceback__.tb_lineno)
del tb, error
print("freed")
