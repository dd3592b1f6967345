# complex(str): CPython's grammar (signs, j alone, brackets, spaces, underscores between digits,
# inf/nan, Unicode digits and spaces) and its two messages; a subclass gets its own type.
tests = ["1+2j", " 1+2j ", "(1+2j)", " ( -1.5e3-2.5J ) ", "j", "-j", "+j", "3j", "3", "-3.5", "inf+nanj",
         "infinityj", "1e5", "1e", "1+", "1+2", "(1+2j", "1+2j)", "", " ", "()", "1_000+2_0j", "1__0",
         "_1", "1_", "1+j", "1-j", "1.+.5j", ".j", "1..2", "nan", "-inf-infj", "１+２j", "1\u3000", "1+2jj",
         "e5", "0x1", "1 + 2j", "(1)", "((1))", "1j+2"]
class C(complex):
    pass
for t in tests:
    try:
        print(repr(t), complex(t))
    except ValueError as e:
        print(repr(t), "ValueError", e)
print(type(C("1+2j")), C("1+2j"))
try:
    complex("1", 2)
except TypeError as e:
    print(e)
