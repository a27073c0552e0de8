# `in` for substrings
print("ell" in "hello", "" in "abc", "xyz" in "abc", "é" in "café", "fé" not in "café")
try:
    1 in "abc"
except TypeError:
    print("TypeError")
