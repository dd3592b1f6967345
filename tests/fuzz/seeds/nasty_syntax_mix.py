match = 1
case = 2
_ = 3
type = 4
print(match, case, _, type)
x = 1 if True else 2 if False else 3
y = [i for i in range(5) if (j := i * 2) > 3]
print(x, y, j)
del x
try:
    print(x)
except NameError as e:
    print(e)
