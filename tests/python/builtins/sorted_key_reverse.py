# sorted(): key=, reverse=, stability (also under reverse), and errors
recs = [("bob", 3), ("al", 1), ("cy", 3), ("di", 2), ("ed", 1), ("fay", 2)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: len(r[0])))
print(sorted(recs, reverse=True))
# stability lets you sort by several keys in passes
by_name = sorted(recs, key=lambda r: r[0])
print(sorted(by_name, key=lambda r: -r[1]))
print(sorted("banana"), sorted("banana", reverse=True), sorted(b"cab"))
print(sorted({3: "c", 1: "a", 2: "b"}), sorted({5, 1, 3}), sorted(range(5), key=lambda x: x % 2))
print(sorted([3, 1.5, True, -2, 2**64]), sorted([], reverse=True), sorted(x for x in "zyx"))
print(sorted(["B", "a", "C"], key=str.lower), sorted([-3, 2, -1], key=abs, reverse=True))
# the input is not modified
src = [2, 1]
out = sorted(src)
print(src, out, out is src)
for bad in ([1, "a"], [None, None], [1j, 2j]):
    try:
        sorted(bad)
    except TypeError:
        print("TypeError")
try:
    sorted([1, 2], lambda x: x)
except TypeError:
    print("TypeError positional key")
