def attempt(x):
    log = []
    try:
        log.append("try")
        result = 10 / x
    except ZeroDivisionError:
        log.append("except")
        result = None
    else:
        log.append("else")
    finally:
        log.append("finally")
    return result, log

print(attempt(2))
print(attempt(0))

def return_in_finally():
    try:
        return "from try"
    finally:
        return "from finally"

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def order():
    try:
        print("  body")
        return "value"
    finally:
        print("  finally runs before the caller sees the value")

print(return_in_finally())
print(finally_swallows())
print(order())
