# map with several iterables, filter with None and with a function
print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [5, 2])), list(map(pow, [2, 3, 4], [2, 2], [5, 5])))
print(list(map(lambda a, b: a + b, "abc", "xy")), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", [], [0], None, 0.0, 2j])))
print(list(filter(lambda x: x % 3, range(10))), list(filter(str.isdigit, "a1b22c")))
m = map(int, "123")
print(iter(m) is m, next(m), list(m), list(m))
f = filter(None, iter([0, 5]))
print(next(f), next(f, "end"))
# lazy: the function runs only as items are requested
calls = []
def note(x):
    calls.append(x)
    return x * 2
m = map(note, [1, 2, 3])
print(calls, next(m), calls)
for bad in ((abs,), (abs, 1)):
    try:
        list(map(*bad))
    except TypeError:
        print("TypeError")
try:
    list(filter(None, 5))
except TypeError:
    print("TypeError filter")
