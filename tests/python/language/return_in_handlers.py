import sys

def in_except():
    try:
        raise ValueError("bad")
    except ValueError as e:
        return f"handled {e}"

def in_finally():
    try:
        return "from try"
    finally:
        return "from finally"

def finally_swallows():
    try:
        raise KeyError("lost")
    finally:
        return "finally wins"

def loop_with_finally():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
        finally:
            print("finally", i)
    return i

def with_return():
    class Managed:
        def __enter__(self):
            return "value"
        def __exit__(self, *exc):
            print("exit", exc[0])
            return False
    with Managed() as v:
        return v.upper()

print(in_except(), in_finally(), finally_swallows())
print(loop_with_finally(), with_return())
print(sys.exc_info())
try:
    with None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
