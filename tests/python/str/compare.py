# lexicographic comparisons
print("abc" < "abd", "abc" < "ab", "" < "a", "B" < "a", "abc" == "abc", "a" != "b")
print("é" > "z", "€" > "é", sorted(["pear", "Apple", "apple", "banana", "é"]))
print(max("hello"), min("hello"))
