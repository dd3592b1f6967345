import operator

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(operator.add(2, 3), operator.sub(2, 3), operator.mul("ab", 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(4), operator.pos(-4), operator.abs(-4), operator.inv(5), operator.invert(5))
print(operator.lshift(1, 4), operator.rshift(32, 2), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.__add__(1, 2), operator.__and__(6, 3), operator.__or__(6, 3), operator.__not__(1), operator.__abs__(-2), operator.__inv__(0))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"), operator.index(7))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.getitem({"k": 1}, "k"), operator.call(max, 3, 9))
d = {"a": 1}
operator.setitem(d, "b", 2)
operator.delitem(d, "a")
print(d)
x = [1]
y = operator.iadd(x, [2])
print(x, y is x, operator.isub(5, 2), operator.imul(3, 3), operator.ipow(2, 5), operator.ior({1}, {2}), operator.iconcat([0], (1,)))
t(lambda: operator.concat(1, 2))
t(lambda: operator.indexOf([1, 2], 3))
t(lambda: operator.index("7"))
t(lambda: operator.index(2.5))
t(lambda: operator.add(1, "a"))
t(lambda: operator.truediv(1, 0))

g = operator.itemgetter(1)
gg = operator.itemgetter(0, -1)
print(g, gg, g("abc"), gg("abc"), operator.itemgetter("k")({"k": 5}), operator.itemgetter(slice(1, None))([1, 2, 3]))
print(type(g).__name__, type(g).__module__)
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=operator.itemgetter(1)), sorted(rows, key=operator.itemgetter(0)), max(rows, key=g))

class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.inner = self
    def greet(self, greeting, punct="!"):
        return greeting + " " + self.name + punct

people = [P("bob", 30), P("al", 25)]
a = operator.attrgetter("age")
aa = operator.attrgetter("name", "inner.age")
print(a, aa, [a(p) for p in people], aa(people[0]), [p.name for p in sorted(people, key=a)])
m = operator.methodcaller("greet", "hi", punct="?")
print(m, m(people[0]), operator.methodcaller("upper")("x"), list(map(operator.methodcaller("strip"), [" a ", "b "])))
t(lambda: operator.itemgetter())
t(lambda: operator.attrgetter())
t(lambda: operator.attrgetter(1))
t(lambda: operator.methodcaller())
t(lambda: operator.methodcaller(1))
t(lambda: operator.itemgetter(5)([1]))
t(lambda: operator.attrgetter("missing")(people[0]))
t(lambda: operator.itemgetter(a=1))
