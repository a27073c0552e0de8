# replace with and without a count
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("x", "y"))
print("hello".replace("l", ""), "€x€".replace("€", "E"))
