# remove, discard, pop, clear
s = {1, 2, 3}
s.remove(2)
s.discard(99)
s.discard(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError:
    print("KeyError")
v = s.pop()
print(v, s)
try:
    s.pop()
except KeyError:
    print("KeyError empty")
s = {1, 2}
s.clear()
print(s, len(s))
