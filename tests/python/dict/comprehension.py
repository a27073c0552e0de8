# dict comprehensions
print({x: x * x for x in range(5)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
words = ["apple", "bob", "cat", "axe"]
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
