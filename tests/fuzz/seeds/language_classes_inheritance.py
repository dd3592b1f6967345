class Animal:
    kingdom = "animalia"
    count = 0

    def __init__(self, name):
        self.name = name
        Animal.count += 1

    def speak(self):
        return f"{self.name} makes a sound"

    def describe(self):
        return f"{type(self).__name__} {self.name}: {self.speak()}"

class Dog(Animal):
    def speak(self):
        return f"{self.name} barks"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " softly"

for a in [Animal("generic"), Dog("rex"), Puppy("bit", 1)]:
    print(a.describe())
print(Animal.count, Puppy.kingdom, Puppy("x", 2).age)
print(Puppy.__mro__[1].__name__, [c.__name__ for c in Puppy.__mro__])
print(isinstance(Puppy("y", 1), Animal), issubclass(Dog, Puppy))
