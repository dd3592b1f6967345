class Base:
    def hello(self):
        return ["Base"]

class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()

class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()

print(Child().hello())
print([k.__name__ for k in Child.__mro__])

class Greeter:
    greeting = "hi"

class Loud:
    def shout(self):
        return self.greeting.upper()

class LoudGreeter(Loud, Greeter):
    pass

print(LoudGreeter().shout())
