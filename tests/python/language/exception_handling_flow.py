def parse_all(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__)
            continue
        finally:
            out.append(".")
    return out

print(parse_all(["1", "x", None, "4"]))

try:
    raise KeyError("a")
except LookupError as e:
    print("caught by base class:", type(e).__name__)

def reraise():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise

try:
    reraise()
except KeyError as e:
    print("outer got", repr(e))

e = None
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print("name e after except:", "e" in dir())
