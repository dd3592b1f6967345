# heapq and bisect: heaps of numbers and of (priority, task) pairs, merge, nlargest/nsmallest, bisect/insort
# with lo/hi and key, and their errors.
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h)
print(heapq.heapreplace(h, 4), h)
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data, [heapq.heappop(data) for _ in range(len(data))])
print(heapq.nlargest(3, [5, 1, 8, 3, 9]), heapq.nsmallest(2, [5, 1, 8, 3, 9]))
print(heapq.nlargest(2, ['bb', 'a', 'cccc'], key=len), heapq.nsmallest(2, ['bb', 'a', 'cccc'], key=len))
print(heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1]), heapq.nlargest(1, []), heapq.nsmallest(1, iter([4, 2])))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 9])), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge(['a', 'ccc'], ['bb'], key=len)))
tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'read'))
heapq.heappush(tasks, (3, 'sleep'))
while tasks:
    print(heapq.heappop(tasks))
for bad in (lambda: heapq.heappush(1, 2), lambda: heapq.heappop([]), lambda: heapq.heapify((1,)), lambda: heapq.heapreplace([], 1), lambda: heapq.heappop(()), lambda: heapq.heappush([1], 'a')):
    try:
        bad()
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 4, 3), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 4, hi=2))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 5, 0, len(a))
print(a)
people = [('ann', 20), ('bob', 31), ('cid', 45)]
print(bisect.bisect_left(people, 31, key=lambda p: p[1]), bisect.bisect_right(people, 31, key=lambda p: p[1]))
bisect.insort(people, ('dee', 33), key=lambda p: p[1])
print(people)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])
for bad in (lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(5, 1), lambda: bisect.insort(a, 1, lo=-2), lambda: bisect.bisect_left([1, 'a'], 2)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
