x = "global"

def show():
    print("inside:", x)

def shadow():
    x = "local"
    print("shadow:", x)

show()
shadow()
print("outside:", x)

def make():
    items = []
    def add(v):
        items.append(v)
        return items
    return add

add = make()
add(1)
print(add(2))

class Counter:
    n = 0
    def bump(self):
        self.n += 1
        return self.n

c = Counter()
print(c.bump(), c.bump(), Counter.n)
print([name for name in dir(c) if not name.startswith("_")])
