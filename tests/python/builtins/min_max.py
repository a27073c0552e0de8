# min/max over iterables and arguments, with key and default
print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max("hello"), min((2.5, 1)), max(range(7)))
print(min(["bb", "a", "ccc"], key=len), max(["bb", "a", "ccc"], key=len), max([1, -5, 3], key=abs))
print(min([], default="none"), max([], default=0), min([7], default=1))
print(max([(1, "b"), (1, "a")]), max([3, 3.0]), max(["a", "b"], key=lambda s: 0))
try:
    min([])
except ValueError:
    print("ValueError")
