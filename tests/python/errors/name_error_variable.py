def total(values):
    result = 0
    for value in values:
        result += value
    return reslt

try:
    undefined_thing
except NameError as e:
    print("NameError:", e)

print(total([1, 2, 3]))
