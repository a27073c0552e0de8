# List, dict and set comprehensions, nested and filtered.

total = 0
for round_ in range(40):
    xs = [i * round_ % 101 for i in range(400)]
    evens = [x for x in xs if x % 2 == 0]
    grid = [[r * c for c in range(12)] for r in range(12)]
    flat = [v for row in grid for v in row if v % 3]
    index = {x: i for i, x in enumerate(xs)}
    distinct = {x % 17 for x in xs}
    pairs = [(a, b) for a in range(15) for b in range(a, 15) if (a + b) % 4 == 0]
    total += sum(evens) + len(flat) + sum(index.values()) + sum(distinct) + len(pairs)
    total += sum([len(str(x)) for x in xs])
print("comprehensions", total)
