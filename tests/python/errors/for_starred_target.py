print("compiled?")
for *x in [[1]]:
    pass
