print("%s is %d years old" % ("Ana", 31))
print("%5.2f|%-6s|%06.1f|%x|%o|%e" % (3.14159, "ab", 2.5, 255, 8, 12345.678))
print("%r %s %%" % ("q", "q"))
print("%(name)s has %(n)03d points" % {"name": "Ben", "n": 7})
print("{} {}".format("a", "b"), "{1} {0} {1}".format("x", "y"))
print("{name}:{value:.3f}".format(name="pi", value=3.14159))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{0[0]} {0[1]} {1.real}".format(["first", "second"], 2 + 3j))
print("{:,}".format(10 ** 9), "{:.1%}".format(0.256))
print("%d items" % 3.9, "%i" % -2, "%c" % 65)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
