s = "h\u00e9llo \N{GREEK SMALL LETTER ALPHA} \x00\t\r\\ \U0001F600"
print(repr(s), len(s), s.encode if hasattr(s, "encode") else 0)
print(r"\n\t", b"bytes" if True else 0, rb"\x00")
print(f"{s!r:>40}", f"{3.14159:.2f}", f"{255:#x}", f"{'nested' + f'{1+1}'}", f"{{}}")
print(f"{12345678:,}", f"{-0.0:+}", f"{1e300 * 1e10}", f"{float('nan')!s}")
print("%s %r %d %05.1f %x %%" % ("a", "b", 3, 2.5, 255))
print("{0}{1}{0}".format("ab", "cd"), "{x[0]}".format(x=[9]))
print("αβγ".upper(), "ǅ".lower(), "ß".upper(), "İ".lower(), len("İ".lower()))
print("a,b,,c".split(","), " a b ".split(), "abc"[::-1], "abc"[5:], "x" * -1)
ñ = 1
変数 = 2
print(ñ + 変数)
print("""multi
line""", '''another
one''')
print("tab\there".expandtabs(4), "abc".center(9, "*"), "  x ".strip())
