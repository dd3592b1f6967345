nums = [5, 3, 8, 1]
nums.append(7)
nums.extend([2, 9])
nums.insert(0, 10)
print(nums)
print(nums.pop(), nums.pop(0), nums)
nums.remove(8)
print(nums, nums.index(1), nums.count(3))
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
nums.reverse()
print(nums, len(nums), min(nums), max(nums), sum(nums))
copy = nums.copy()
copy.clear()
print(copy, nums)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
alias = [[0] * 3] * 2
alias[0][1] = 5
print(grid, alias)
print([1, 2] + [3], [0] * 4, [1, 2] == [1, 2], [1, 2] < [1, 3], [3, 1, 2][::-1])
a = [1, 2]
b = a
b += [3]
print(a, a is b, list("hi"), list(range(3)))
del a[0]
print(a, [x for x in [3, 1, 2] if x != 1])
