# every list method, with index ranges, negative inserts and the errors
l = [3, 1, 4, 1, 5, 9, 2, 6]
print(l.index(1), l.index(1, 2), l.index(9, -4), l.index(2, 0, 7), l.count(1), l.count(7))
l.insert(0, "first")
l.insert(-1, "penult")
l.insert(100, "last")
l.insert(-100, "zeroth")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l.pop(1), l)
l.remove(1)
print(l)
l.extend(range(3))
l.extend("ab")
l.extend((7,))
print(l)
l.reverse()
print(l)
c = l.copy()
c.clear()
print(c, len(l))
n = [5, 2, 8, 1]
n.sort()
print(n)
n.sort(reverse=True)
print(n)
w = ["ccc", "a", "bb", "dd"]
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
for f, a in [(l.index, (99,)), (l.remove, (99,)), ([].pop, ()), (l.pop, (100,)), (l.index, (1, 0, 0)), (l.insert, ("x", 1))]:
    try:
        f(*a)
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__)
