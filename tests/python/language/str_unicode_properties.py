# str's Unicode properties across the code space (every 11th code point), folded into checksums:
# the engine's packed property runs and case tables give CPython's answers.
names = ["isalpha", "isdecimal", "isdigit", "isnumeric", "isprintable", "isidentifier",
         "islower", "isupper", "isspace", "istitle"]
for name in names:
    count = checksum = 0
    for cp in range(0, 0x110000, 11):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        if getattr(chr(cp), name)():
            count += 1
            checksum = (checksum * 31 + cp) % 1000000007
    print(name, count, checksum)
digits = [cp for cp in range(0x80, 0x20000) if chr(cp).isdecimal()]
print(len(digits), sum(int(chr(cp)) for cp in digits), int("\u0663\u0664") + int("\uff11\uff12"))
cased = "".join(chr(cp) for cp in range(0x80, 0x20000, 3) if chr(cp).isupper() or chr(cp).islower())
print(len(cased), sum(map(ord, cased.upper())) % 1000003, sum(map(ord, cased.lower())) % 1000003,
      sum(map(ord, cased.casefold())) % 1000003, sum(map(ord, cased.title())) % 1000003)
