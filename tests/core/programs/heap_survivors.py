# Objects that stay alive, allocated among garbage, must not leave the heap free only in
# small holes: a dict or set table that grows later needs one large run.
seed = 12345


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed


keys = ["k%d" % (rand() % 500) for _ in range(6000)]
counts = {}
for k in keys:
    counts[k] = counts.get(k, 0) + 1
print(len(counts), sum(counts.values()))
evens = set(range(0, 4000, 2))
threes = set(range(0, 4000, 3))
either = evens | threes
print(len(either), len(evens & threes))
big = {}
for i in range(3000):
    big["x%d" % i] = keys[i]
print(len(big), big["x2999"] == keys[2999])
