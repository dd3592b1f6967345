people = [("ana", 31), ("ben", 25), ("cy", 31), ("di", 19)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
words = ["banana", "cherry", "Apple", "fig", "apple", "Date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(min(words, key=len), max(words, key=len), max(people, key=lambda p: p[1]))
print(min([3, 1, 2]), max(3, 9, 4), min("hello"), max([], default="empty"))
nums = [5, 2, 8]
print(sorted(nums), nums, nums.sort(), nums)
print(sorted({"b": 2, "a": 1}), sorted("cab"), sorted([3.5, -1, 2]))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
