# Dictionary and set heavy code: counting, lookups, updates, membership and set algebra.

seed = 12345


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed


keys = ["k%d" % (rand() % 500) for _ in range(6000)]
counts = {}
for k in keys:
    counts[k] = counts.get(k, 0) + 1
squares = {}
for i in range(3000):
    squares[i] = i * i
hits = 0
for i in range(0, 6000, 3):
    if i in squares:
        hits += squares[i] % 97
evens = set(range(0, 4000, 2))
threes = set(range(0, 4000, 3))
both = evens & threes
either = evens | threes
only = evens - threes
seen = set()
for k in keys:
    seen.add(k)
for k in list(counts):
    if counts[k] > 14:
        del counts[k]
merged = dict(counts)
merged.update({"x%d" % i: i for i in range(200)})
checksum = sum(counts.values()) + hits + len(both) + len(either) + len(only) + len(seen) + len(merged)
checksum += sum(sorted(counts.values())[:50]) + max(squares) + min(both)
print("dicts", checksum, len(counts), sorted(counts.items())[:3])
