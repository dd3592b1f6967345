def resilient():
    while True:
        try:
            value = yield
            print("got", value)
        except ValueError as e:
            print("handled", e)
            yield "recovered"

g = resilient()
next(g)
g.send("a")
print(g.throw(ValueError("bad")))
next(g)
g.send("b")
try:
    g.throw(KeyError("fatal"))
except KeyError as e:
    print("propagated", e)
print(next(g, "exhausted"))
