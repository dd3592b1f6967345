# Every boundary, for Flag and IntFlag, with sorted and unsorted members, zero and multi-bit ones.
from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP


def show(label, thunk):
    try:
        result = thunk()
        members = list(result) if isinstance(result, Flag) else ''
        print(label, repr(result), str(result), members)
    except Exception as e:
        print(label, type(e).__name__, e)


for base in (Flag, IntFlag):
    for boundary in (STRICT, CONFORM, EJECT, KEEP):
        class Sorted(base, boundary=boundary):
            A = 1
            B = 2
            D = 8
            AB = 3
            BIG = 24

        class Unsorted(base, boundary=boundary):
            D = 8
            NONE = 0
            B = 2
            A = 1
            ALL = 11

        for cls in (Sorted, Unsorted):
            print(base.__name__, boundary, cls.__name__)
            for v in (-20, -9, -1, 0, 7, 16, 19, 40):
                show(v, lambda: cls(v))
            for m in (cls.A, cls.B | cls.D, cls(0), cls(11)):
                show(f'~{m!r}', lambda: ~m)
                show(f'{m!r} | 5', lambda: m | 5)
                show(f'4 & {m!r}', lambda: 4 & m)
                show(f'{m!r} ^ D', lambda: m ^ cls.D)
