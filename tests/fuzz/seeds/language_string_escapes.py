print("tab:\t|", "newline:\\n", 'quote: \' " ', "unicode: \u00e9 \N{GREEK SMALL LETTER ALPHA}")
print(r"raw \n stays", len("\n"), len(r"\n"))
print("""triple
quoted""")
print("con" "catenated", "a" + "b" * 2)
print(repr("tab\tnew\nline"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print("\x41\x42", "\101", "é".encode(), b"abc".decode(), len("😀"))
print("multi-line " \
      "continuation")
