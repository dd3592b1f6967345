name = "Ada"
pi = 3.14159265
n = 1234567
print(f"[{name:>10}] [{name:<10}] [{name:^10}] [{name:*^9}]")
print(f"{pi:.2f} {pi:8.3f} {pi:e} {pi:.3g} {pi:+.1f}")
print(f"{n:,} {n:_} {n:>12,} {n:08d} {-42:05d}")
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#b} {5:03b}")
print(f"{0.25:%} {0.125:.1%} {1/3:.5}")
print(f"{name!r} {name!s} {name!a} {'é'!a}")
value = 42
print(f"{value=} {pi=:.2f} {name = }")
print(f"{'nested ' + name.upper():>15}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}f}]")
print(f"{{literal braces}} {value // 5}")
print(f"{3 + 4j} {True:>5} {None!r}")
