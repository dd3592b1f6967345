x = 2 ** 4000
print(x % 1000003, len(str(x)))
y = -x // 3 + x * x - (x << 100) >> 7
print(y & 0xffff, y.bit_length())
print(divmod(x, 7 ** 300)[1] % 97)
print(pow(3, 10 ** 5, 10 ** 9 + 7))
print(int("1" * 200) ** 3 % 11)
print(10 ** 400 / 10 ** 399)
print(hex(x)[:10], oct(-x)[:10], bin(x)[-5:])
print(float(x) if x < 10 ** 300 else "big")
print(0xffffffffffffffffffffffffffffffff + 1, -0b1 ** 2, 1_000_000_000_000_000_000)
print((-7) // 2, (-7) % 2, 7 // -2, 7 % -2, -(2 ** 63) // -1)
print(round(123456789012345678901234567890, -5), abs(-(10 ** 30)))
print(hash(2 ** 61) == hash(1), 2 ** 64 == 18446744073709551616)
