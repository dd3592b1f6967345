count = 0

def increment():
    count += 1

try:
    increment()
except UnboundLocalError as e:
    print(type(e).__name__, "is a", UnboundLocalError.__mro__[1].__name__)

increment()
