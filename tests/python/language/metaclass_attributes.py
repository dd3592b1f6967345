# Class-level attribute hooks on a metaclass: properties with setters, __getattr__, __repr__,
# __instancecheck__, and data descriptors of the metaclass taking precedence.
class Meta(type):
    def __repr__(cls):
        return f"<model {cls.__name__}>"

    def __getattr__(cls, name):
        if name.startswith("find_by_"):
            return lambda value: f"{cls.__name__} where {name[8:]} = {value!r}"
        raise AttributeError(name)

    @property
    def table(cls):
        return cls._table

    @table.setter
    def table(cls, value):
        print("setting table of", cls.__name__)
        cls._table = value.lower()

    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

class Model(metaclass=Meta):
    _table = "models"
    table = "shadowed by the metaclass property"

print(repr(Model), str(Model), f"{Model}", [Model])
print(Model.find_by_name("ada"))
print(Model.table)
Model.table = "USERS"
print(Model.table, Model._table, Model.__dict__["table"])
try: Model.nothing
except AttributeError as e: print("AttributeError:", e)

class Duck: quack = True

print(isinstance(Duck(), Model), isinstance(Model(), Model), isinstance(3, Model))
print(type(Model).__qualname__, Meta.__module__, Model.__class__.__class__)
