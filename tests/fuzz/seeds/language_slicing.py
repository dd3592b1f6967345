s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3])
print(s[::2], s[1::3], s[::-1], s[-1:-4:-1], s[8:2:-2])
print(s[100:], s[-100:2], s[5:2])
nums = list(range(10))
print(nums[::3], nums[::-3])
nums[2:5] = ["x"]
print(nums)
nums[::2] = [0] * 4
print(nums)
del nums[1::2]
print(nums)
t = (1, 2, 3, 4)
print(t[1:3], t[::-1])
sl = slice(1, None, 2)
print("0123456"[sl], sl.start, sl.stop, sl.step)
