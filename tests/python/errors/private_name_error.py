# A private attribute read from another class is looked up under that class's mangled name.
class Vault:
    def __init__(self):
        self.__code = 1234

    def check(self):
        return getattr(self, "__code", "getattr does not mangle")


class Thief:
    def peek(self):
        return __code

    def steal(self, vault):
        return vault.__code


vault = Vault()
print(vault._Vault__code, vault.check())
try:
    vault.__code
except AttributeError as e:
    print(e)
try:
    Thief().peek()
except NameError as e:
    print(e)
print(Thief().steal(vault))
