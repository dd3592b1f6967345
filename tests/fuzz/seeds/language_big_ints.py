import math

print(2 ** 200)
print(math.factorial(50))
print(-2 ** 100, (-2) ** 101)
print(7 // 2, -7 // 2, 7 // -2, -7 // -2)
print(7 % 3, -7 % 3, 7 % -3, -7 % -3)
print(divmod(-17, 5), divmod(17, -5))
big = 3 ** 100
print(big // 7 ** 20, big % 1000007)
print(int("123456789" * 5) * 987654321)
print(hex(2 ** 70)[1:], bin(37), oct(64), int("ff", 16), int("0b101", 0))
print((10 ** 30).bit_length(), abs(-10 ** 25), 2 ** 64 - 1 == 18446744073709551615)
print(pow(3, 200, 10 ** 9 + 7), pow(2, -1, 7))
print(1 << 100, (2 ** 100) >> 90, -1 >> 5, 0xFF & -256 | 3 ^ 1)
print(sum(range(10 ** 6)), 10 ** 20 // 3)
