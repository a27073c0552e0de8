# unpacking lists, including starred targets
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
try:
    x, y = [1, 2, 3]
except ValueError:
    print("ValueError")
print([*range(3), *"ab"])
