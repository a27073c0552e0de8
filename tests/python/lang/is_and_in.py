a = [1]
b = a
print(a is b, a is not [1], None is None)
print(2 in (1, 2), "x" not in "abc", 3 in {3: 4})
print("bc" in "abcd", [] in [[]])
