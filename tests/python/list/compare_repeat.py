# list comparisons (lexicographic, by length), repetition and concatenation corners
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1, 2] == [1, 2.0], [1] != [1], [[1]] < [[2]])
print([1, "a"] == [1, "a"], [1, 2] <= [1, 2], [3] >= [2, 5], ["a"] < ["b"], [float("nan")] == [float("nan")])
print([0] * 3, [1, 2] * 0, [1] * -1, 2 * [None], [[]] * 2, [1] + [2], [] + [])
l = [1]
l *= 3
l += (4,)
l += "ab"
print(l)
# += takes any iterable, unlike +
l += range(2)
l += (c for c in "xy")
l += {"k": 0}
print(l)
x = [[0]] * 2
x[0].append(1)
print(x)
for bad in (lambda: [1] < ["a"], lambda: [1] + (2,), lambda: [1] * 1.5, lambda: [1] < 1):
    try:
        bad()
    except TypeError:
        print("TypeError")
