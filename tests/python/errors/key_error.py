ages = {"alice": 31, "bob": 27}
try:
    ages["carol"]
except KeyError as e:
    print("KeyError", e, repr(e), e.args)
try:
    {}[(1, 2)]
except KeyError as e:
    print("KeyError", e)
try:
    set().remove(3)
except KeyError as e:
    print("KeyError", e)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError", e)
print(ages["dave"])
