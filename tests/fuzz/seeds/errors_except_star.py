def raise_group():
    raise ExceptionGroup("several problems", [
        ValueError("bad value"),
        TypeError("bad type"),
        ValueError("another bad value"),
        KeyError("k"),
    ])

try:
    raise_group()
except* ValueError as eg:
    print("ValueErrors:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("TypeErrors:", eg.exceptions)
except* LookupError as eg:
    print("LookupErrors:", repr(eg))

try:
    try:
        raise_group()
    except* ValueError:
        print("handled the ValueErrors only")
except ExceptionGroup as rest:
    print("left over:", rest.message, len(rest.exceptions))
