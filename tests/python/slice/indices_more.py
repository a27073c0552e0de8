# slice.indices: defaults, negative steps, clamping and errors
print(slice(None).indices(3), slice(None, None, -2).indices(5), slice(-100, 100).indices(4))
print(slice(10, -10, -1).indices(4), slice(2, 2).indices(0), slice(None, None, -1).indices(0))
print(slice(-1, -2, -1).indices(3), slice(5).indices(2))
for s, n in [(slice(0, 1, 0), 3), (slice(1), -1)]:
    try:
        s.indices(n)
    except ValueError:
        print("ValueError")
try:
    slice("a").indices(3)
except TypeError:
    print("TypeError")
