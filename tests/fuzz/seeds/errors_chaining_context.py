def cleanup():
    raise RuntimeError("cleanup failed")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        cleanup()
except RuntimeError as e:
    print("context:", repr(e.__context__))

try:
    [][0]
except IndexError:
    {}["key"]
