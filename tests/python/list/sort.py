# sort with key and reverse; stability
a = [5, 2, 8, 1, 9]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
