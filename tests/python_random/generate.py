"""Writes cpython_random.txt: what CPython's random module returns, for test_random.cpp.

Run with CPython 3.11 (the file committed was written by 3.11.7 on x86-64 Linux):

    cd tests/python_random && python3 generate.py > cpython_random.txt

Format, one record a line ('#' starts a comment line):

    sha512 <input hex> = <digest hex>
    math <function> <args...> = <result>  math.<function>: does the C library round as CPython's?
    seed int <sign><hex of abs(n)>      random.Random(n)
    seed str <hex of UTF-8>             random.Random(s)
    seed bytes <hex>                    random.Random(b)
    seed hash <hash(x)>                 random.Random(x) for a float x (seeded with its hash)
    [<count>*]<op> <args...> = <result>

An op runs on the generator of the latest seed line, after all the ops above it, so a result
depends on every draw before it. `count*` repeats the op, results separated by ' | '. Results:
ints in decimal; numbers of any size (getrandbits, randbelow_words) and bytes in hex; floats
as repr(); lists space-separated; an exception as `! Type: message`.
"""

import hashlib
import math
import random
import sys

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1


# Arguments on which the C libraries round differently: glibc 2.36 on x86-64 picks FMA versions
# of these functions when the CPU has FMA (as this file's did), and they disagree with its plain
# versions and with Emscripten's musl. Found by comparing the three on 200,000 random arguments.
LIBM_PROBES = [
    ("log", 0.7074560290095673), ("log", 0.8872875805644145), ("log", 1.2586764424433468),
    ("exp", -0.5981533548492455), ("exp", -1.7902507940504848), ("exp", 0.46909169959119135),
    ("cos", 3.879544058704961), ("cos", 0.9345793649867752), ("cos", 5.844380083605368),
    ("sin", 0.8225183303307226), ("sin", 0.4235267668671677), ("sin", 0.20614979259377644),
    ("acos", -0.4739668060594766), ("acos", -0.2841826621107466), ("acos", 0.8830603737695268),
    ("pow", 0.5719682275786375, 1.7813347253778498),
    ("pow", 0.7547510775297261, 2.627813027108677),
    ("pow", 0.35710464902442096, 1.4083091628843314),
]


def fmt(value):
    if isinstance(value, list):
        return " ".join(fmt(v) for v in value)
    return str(value)  # str() of a float is its repr()


def hex_of(n):
    return format(n, "x")


def cum_weights_arg(weights):
    return ",".join(repr(float(w)) for w in weights) or "-"  # '-': no weights


# (op, args, function of the generator, count). Op and args are what test_random.cpp reads.
def seeding_operations():
    """For the seeds that test seeding: enough draws to show the seeded state."""
    return [
        ("random", [], lambda r: r.random(), 3),
        ("getrandbits", [100], lambda r: hex_of(r.getrandbits(100)), 1),
        ("randint", [1, 6], lambda r: r.randint(1, 6), 10),
    ]


def operations():
    """For the main seeds: every operation, and its errors."""
    ops = []

    def add(op, args, call, count=1):
        ops.append((op, args, call, count))

    add("random", [], lambda r: r.random(), 5)
    for k in (0, 1, 31, 32, 33, 63, 64, 65, 100, 300):
        add("getrandbits", [k], lambda r, k=k: hex_of(r.getrandbits(k)), 3 if k == 100 else 1)
    for k in (-1, 2**31):
        add("getrandbits", [k], lambda r, k=k: r.getrandbits(k))
    for n in (0, 1, 5, 16, -1, 2**28):
        add("randbytes", [n], lambda r, n=n: r.randbytes(n).hex())
    for n in (1, 2, 6, 2**32, 2**32 + 1, 2**63, 2**64 - 1):
        add("randbelow", [n], lambda r, n=n: r._randbelow(n), 2)
    for n in (1, 2**64, 2**64 + 1, 10**30, 2**100):
        add("randbelow_words", [hex_of(n)], lambda r, n=n: hex_of(r._randbelow(n)), 2)

    for args in ((10,), (1,), (INT64_MAX,)):
        add("randrange", list(args), lambda r, a=args: r.randrange(*a), 2)
    for args in (
        (0, 100, 7),
        (-5, 5, 1),
        (100, 0, -3),
        (10, -10, -1),
        (0, 1, 1),
        (0, 10, 20),
        (INT64_MIN, INT64_MAX, 1),
        (INT64_MIN, INT64_MAX, 3),
        (INT64_MAX, INT64_MIN, -7),
        (INT64_MAX, INT64_MIN, INT64_MIN),
        (INT64_MIN, INT64_MAX, INT64_MAX),
    ):
        add("randrange", list(args), lambda r, a=args: r.randrange(*a), 3)
    for args in ((0,), (-3,), (5, 5, 1), (5, 5, 0), (5, 1, 2), (1, 5, -2),
                 (INT64_MAX, INT64_MIN, 1), (INT64_MIN, INT64_MAX, 0)):
        add("randrange", list(args), lambda r, a=args: r.randrange(*a))
    add("randint", [1, 6], lambda r: r.randint(1, 6), 50)
    for args in ((-10, 10), (5, 5), (INT64_MIN, INT64_MAX), (INT64_MAX - 1, INT64_MAX)):
        add("randint", list(args), lambda r, a=args: r.randint(*a), 3)
    for args in ((5, 3), (INT64_MAX, INT64_MIN)):
        add("randint", list(args), lambda r, a=args: r.randint(*a))

    add("choice", [10], lambda r: r.choice(range(10)), 5)
    add("choice", [1], lambda r: r.choice(range(1)))
    add("choice", [0], lambda r: r.choice([]))

    for n in (20, 0, 1, 2):
        add("shuffle", [n], lambda r, n=n: shuffled(r, n))

    # The pool serves n <= setsize (21, plus 64 for 6 <= k <= 21), a set larger populations.
    for n, k in ((100, 10), (10, 10), (1000, 5), (20, 5), (21, 5), (22, 5), (85, 10), (86, 10),
                 (10**6, 60), (6, 6), (5, 0), (0, 0), (3, 4), (3, -1)):
        add("sample", [n, k], lambda r, n=n, k=k: r.sample(range(n), k))

    for n, k in ((5, 10), (1, 3), (0, 0), (7, 0), (1000, 4)):
        add("choices", [n, k], lambda r, n=n, k=k: r.choices(range(n), k=k))
    for weights, k in (
        ([1, 3, 3.5, 7, 10], 10),
        ([0, 0, 1, 1, 2], 10),
        ([5, -2, 3, 1, 6], 10),  # not increasing: bisect's own halving decides
        ([1e-300], 2),
        ([0, 0], 1),
        ([1, float("inf")], 1),
        ([1, float("nan")], 1),
        ([-1, -2], 1),
    ):
        n = len(weights)
        add("choices_cum", [n, k, cum_weights_arg(weights)],
            lambda r, n=n, w=weights, k=k: r.choices(range(n), cum_weights=w, k=k))
    add("choices_cum", [2, 1, "1.0"], lambda r: r.choices(range(2), cum_weights=[1.0], k=1))
    add("choices_cum", [0, 1, "-"], lambda r: r.choices([], cum_weights=[], k=1))

    for args in ((1, 2), (-1e300, 1e300), (5, 5), (2, -3)):
        add("uniform", list(args), lambda r, a=args: r.uniform(*a), 2)

    for args in ((), (0, 10), (0, 10, 2), (5, 5, 5), (0, 1, -1), (1, 0, 0.3), (0, 1, 1.5)):
        add("triangular", list(args), lambda r, a=args: r.triangular(*a), 3)

    add("gauss", [0, 1], lambda r: r.gauss(0, 1), 10)
    add("gauss", [5, 2], lambda r: r.gauss(5, 2))
    add("random", [], lambda r: r.random())
    add("gauss", [-1, 0.5], lambda r: r.gauss(-1, 0.5))  # the value cached before random()
    add("gauss", [0, 1], lambda r: r.gauss(0, 1))
    add("getstate_gauss_next", [], lambda r: r.getstate()[2])

    add("normalvariate", [0, 1], lambda r: r.normalvariate(0, 1), 5)
    add("normalvariate", [100, 15], lambda r: r.normalvariate(100, 15), 2)
    add("lognormvariate", [0, 1], lambda r: r.lognormvariate(0, 1), 3)
    add("lognormvariate", [1000, 0], lambda r: r.lognormvariate(1000, 0))
    for lambd in (1.5, -2, 0):
        add("expovariate", [lambd], lambda r, x=lambd: r.expovariate(x), 2)
    for args in ((0, 0), (1, 4), (3, 0.5), (-1, 100), (10, 1e-7)):
        add("vonmisesvariate", list(args), lambda r, a=args: r.vonmisesvariate(*a), 3)
    for args in ((0.5, 1), (1, 2), (2.5, 3), (1e-3, 1), (50, 0.1)):
        add("gammavariate", list(args), lambda r, a=args: r.gammavariate(*a), 3)
    for args in ((0, 1), (1, -1)):
        add("gammavariate", list(args), lambda r, a=args: r.gammavariate(*a))
    for args in ((2, 3), (0.5, 0.5), (1, 1)):
        add("betavariate", list(args), lambda r, a=args: r.betavariate(*a), 3)
    for args in ((0, 1), (1, 0)):
        add("betavariate", list(args), lambda r, a=args: r.betavariate(*a))
    # A first gamma of 0.0 (likely for a tiny alpha) returns 0.0 without checking beta.
    add("betavariate", [1e-5, 0], lambda r: r.betavariate(1e-5, 0), 3)
    for alpha in (2, 0.5, -1, 0, 1e-300):
        add("paretovariate", [alpha], lambda r, a=alpha: r.paretovariate(a), 2)
    for args in ((1, 2), (2, 0.5), (1, -3), (1, 0)):
        add("weibullvariate", list(args), lambda r, a=args: r.weibullvariate(*a), 2)
    add("random", [], lambda r: r.random(), 3)
    return ops


def shuffled(r, n):
    x = list(range(n))
    r.shuffle(x)
    return x


def result_text(r, call):
    try:
        return fmt(call(r))
    except Exception as error:  # the test expects CPython's exception
        return f"! {type(error).__name__}: {error}"


def int_seed(n):
    return f"int {'-' if n < 0 else ''}{hex_of(abs(n))}", n


def str_seed(text):
    return f"str {text.encode().hex()}", text


def main_seeds():
    yield from (int_seed(n) for n in (0, 1, 42, 2**40 + 7, -5, 2**100))
    yield str_seed("hello")


def seeding_seeds():
    yield from (int_seed(n) for n in (2**32, 2**64 - 1, INT64_MIN, -(2**95)))
    yield from (str_seed(text) for text in ("", "h\u00e9llo \u2603"))
    # Leading zero bytes make the seed number shorter than its bytes.
    for data in (b"\x00\x00\x00\x00\x00abc", b"\xff" * 70):
        yield f"bytes {data.hex()}", data
    for x in (1.5, -2.5, 1e300):
        yield f"hash {hash(x)}", x


def main():
    out = sys.stdout
    out.write("# Written by generate.py with CPython %s; do not edit.\n" % sys.version.split()[0])
    for length in (0, 3, 111, 112, 127, 128, 129, 1000):
        data = bytes((7 * i + 3) % 256 for i in range(length))
        out.write(f"sha512 {data.hex()} = {hashlib.sha512(data).hexdigest()}\n")
    for name, *args in LIBM_PROBES:
        value = getattr(math, name)(*args)
        out.write(f"math {name} {' '.join(repr(a) for a in args)} = {value!r}\n")
    runs = [(seed, operations()) for seed in main_seeds()]
    runs += [(seed, seeding_operations()) for seed in seeding_seeds()]
    for (header, seed), ops in runs:
        out.write(f"seed {header}\n")
        r = random.Random(seed)
        # The whole state after seeding, for seeds whose number is built differently.
        if header in ("int 0", "str 68656c6c6f", f"hash {hash(-2.5)}"):
            out.write("getstate = %s\n" % fmt(list(r.getstate()[1])))
        for op, args, call, count in ops:
            prefix = f"{count}*" if count > 1 else ""
            results = " | ".join(result_text(r, call) for _ in range(count))
            out.write(f"{prefix}{op}{''.join(' ' + str(a) for a in args)} = {results}\n")
        out.write("getstate_index = %d\n" % r.getstate()[1][-1])


if __name__ == "__main__":
    main()
