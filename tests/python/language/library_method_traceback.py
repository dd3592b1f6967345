# An error raised inside a method the engine runs as Python (modules/_builtin_methods.py) shows
# no frame of that code, as CPython shows none of its C methods.
def pad(value):
    return value.zfill('width')


print('-5'.zfill(4))
pad('12')
