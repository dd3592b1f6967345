stock = {"apple": 3, "pear": 0}
stock["kiwi"] = 12
print(stock, len(stock), "pear" in stock, 3 in stock)
print(stock.get("fig"), stock.get("fig", 0), stock.setdefault("fig", 5), stock)
print(list(stock.keys()), list(stock.values()), list(stock.items())[:2])
stock.update({"apple": 4, "lime": 1}, plum=2)
print(stock)
print(stock.pop("pear"), stock.pop("none", "default"), stock.popitem(), stock)
del stock["kiwi"]
print(stock)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict.fromkeys("ab", 0))
print(dict(zip(["k1", "k2"], [1, 2])), {1: "a"} == {1: "a"}, list({"b": 1, "a": 2}))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
for key, value in {"x": 1, "y": 2}.items():
    print(key, "->", value)
print({k: v for k, v in sorted(counts.items())}, max(counts, key=counts.get))
