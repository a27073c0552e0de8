# min/max: positional args, iterables, key=, default=, and their errors
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(min(words), max(words))
print(min(words, key=len), max(words, key=len))
print(min(*words, key=lambda w: w[-1]), max(*words, key=lambda w: w[1]))
# ties keep the first one found
print(min([(1, "a"), (0, "b"), (0, "c")], key=lambda t: t[0]))
print(max([(1, "a"), (1, "b"), (0, "c")], key=lambda t: t[0]))
print(max(["aa", "b", "cc"], key=len), min(["aa", "b", "c"], key=len))
# default is used only for an empty iterable
print(min([], default=None), max((), default=-1), max(iter([]), default="empty"))
print(min([3], default=0), max([2, 8], default=0), min([], key=abs, default=7))
# generators and mixed numbers
print(max(x * x for x in range(-5, 3)), min(x % 7 for x in range(10, 20)))
print(max(1, 2.5, True), min(-1, -1.5, False), max([1, 2**70, 3]), min(-2**65, 0))
print(max("abc", "abd", "ab"), min(b"zz", b"za"), max([[1, 2], [1, 3], [0, 9]]))
# errors
def err(f, *a, **k):
    try:
        f(*a, **k)
    except Exception as e:
        print(type(e).__name__)
err(min, [])
err(max, ())
err(max, 1)
err(min, 1, "a")
err(max)
err(min, [1, 2], key=None.foo if False else None)
err(max, 1, 2, default=0)
