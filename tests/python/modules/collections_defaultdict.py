from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "bean", "avocado", "beet", "corn"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))

counts = defaultdict(int)
for ch in "banana":
    counts[ch] += 1
print(counts, counts.default_factory)

nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(counts.get("q"), "q" in counts)
