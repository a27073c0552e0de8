# Sorting lists: integers, strings, tuples, keys and reverse order.

seed = 42


def rand():
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
    return seed >> 8


ints = [rand() % 100000 for _ in range(8000)]
a = sorted(ints)
b = sorted(ints, reverse=True)
strs = ["s%05d" % (x % 9973) for x in ints[:3000]]
strs.sort()
pairs = [(x % 100, -x) for x in ints[:4000]]
pairs.sort()
by_key = sorted(ints[:4000], key=lambda x: (x % 1000, x))
for i in range(30):
    chunk = ints[i * 200:(i + 1) * 200]
    chunk.sort()
    a[i] += chunk[0]
check = 0
for i in range(0, 8000, 7):
    check = (check * 31 + a[i] + b[i]) % 1000000007
print("sorting", check, strs[0], strs[-1], pairs[0], pairs[-1], by_key[:3])
