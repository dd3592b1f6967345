def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for text in ["1+2j", " ( 1_0.5-2J ) ", "j", "-j", "1+j", "inf-nanj", "-1.5E-3-infinityJ", "7",
             "", "x", "1 + 2j", "1e", "(1", "1+2j)", "1__0j", "2jj", "0x1"]:
    attempt(repr(text), lambda: complex(text))
attempt("str+arg", lambda: complex("1", 2))
attempt("arg+str", lambda: complex(1, "2"))
attempt("list", lambda: complex([]))
attempt("list2", lambda: complex(1, []))
attempt("1j/0", lambda: 1j / 0)
attempt("1/0j", lambda: 1 / 0j)
attempt("0j**-1", lambda: 0j ** -1)
attempt("0j**1j", lambda: 0j ** 1j)
attempt("big", lambda: 2 ** 1024 + 0j)
attempt("overflow", lambda: (1e200 + 1e200j) ** 5)
attempt("abs", lambda: abs(1e308 + 1e308j))
attempt("<", lambda: 1j < 2j)
attempt(">=", lambda: 1 >= 1j)
attempt("//", lambda: 1j // 1)
attempt("%", lambda: 5 % 2j)
attempt("divmod", lambda: divmod(1j, 1))
attempt("pow3", lambda: pow(1j, 2, 3))
attempt("int", lambda: int(1j))
attempt("float", lambda: float(1j))
attempt("round", lambda: round(1 + 1j))
attempt("~", lambda: ~1j)
attempt("+str", lambda: 1j + "a")
attempt("sorted", lambda: sorted([1j, 2j]))
