z = 1.5 - 2.25j
print(f"{z} {z!r} {z:} {2j} {-0j} {complex(-0.0, 1)}")
print(f"{z:.2f} {z:10.1f}| {z:<16.3e}| {z:^20g}| {z:*>14}|")
print(f"{z:+} {2j:+} {3 + 4j: } {z:+.1f} {z:.3} {1e16 + 1j:.2}")
print(f"{1000 + 2j:,} {1234567.5 + 1j:,.2f} {1234567 - 8j:_g} {z:#} {z:#g} {3j:.0f}")
print(f"{z:e} {z:E} {z:F} {z:G} {z:n} {1e100 + 1e-100j:g} {float('nan') + 1j:f}")
print("{:>12}|{:<12}|{:^12}|".format(1 + 1j, 2j, -3 - 3j))
print(format(1 + 2j), format(1 + 2j, ""), format(-1 - 2j, "x<12"), format(0.1 + 0.2j, ".17g"))
print("%s %r" % (1 + 2j, 2j), "{0.real}/{0.imag}".format(3 - 4j), str(5j), repr(-5j))
for spec in ("%", "d", "010", "=10", "0<10", "x", "c"):
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print("ValueError:", e)
