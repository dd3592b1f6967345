try:
    raise ValueError("bad input")
except ValueError as e:
    e.add_note("while parsing line 3")
    print(e.__notes__)

e = TypeError("wrong type")
e.add_note("hint: convert with int()")
raise e
