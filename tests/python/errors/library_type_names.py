# The library's classes that CPython defines in C are named "module.Name" in messages, as
# CPython's tp_name; a class statement's subclass of one is named plainly.
import collections
import functools
import itertools
import operator
import time
import types

attempts = [
    lambda: len(itertools.count()),
    lambda: collections.OrderedDict() + 1,
    lambda: functools.partial(print) < 1,
    lambda: operator.itemgetter(1) + 1,
    lambda: types.SimpleNamespace() + 1,
    lambda: time.localtime() + 1,
    lambda: collections.defaultdict() - 1,
    lambda: len(list[int] | None),
    lambda: hash(collections.OrderedDict()),
    lambda: itertools.chain().missing,
    lambda: itertools.islice.missing,
    lambda: [] + itertools.repeat(1),
]
for attempt in attempts:
    try:
        attempt()
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)


class Ordered(collections.OrderedDict):
    pass


try:
    Ordered() + 1
except TypeError as error:
    print(error)
print('__c_type__' in collections.OrderedDict.__dict__)
counter = itertools.count()
print(type(counter).__name__, type(counter).__qualname__, type(counter).__module__)
len(functools.partial(print))
