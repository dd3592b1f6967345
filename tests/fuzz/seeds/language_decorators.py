import functools

def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper

def repeat(n):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(n)]
        return wrapper
    return decorator

@shout
def greet(name):
    """Say hello."""
    return f"hello {name}"

@repeat(3)
def roll(x):
    return x * 2

print(greet("ana"), greet.__name__, greet.__doc__)
print(roll(4), roll.__name__)

def trace(func):
    calls = []
    def wrapper(*args):
        calls.append(args)
        return func(*args)
    wrapper.calls = calls
    return wrapper

@trace
@trace
def add(a, b):
    return a + b

print(add(1, 2), add(3, 4), add.calls)
