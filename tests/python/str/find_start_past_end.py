# a start past the end finds nothing, not even the empty string
s = "abc"
print(s.find("", 3), s.find("", 4), s.rfind("", 10), s.count("", 3), s.count("", 5), s.count("a", 9))
print(s.startswith("", 3), s.startswith("", 4), s.endswith("", 5), s.startswith(("", "a"), 7))
print(s.find("", -10), s.count("", -1), "é€".find("", 2), "é€".find("", 3), s.find("c", 2, 100))
try:
    s.index("", 4)
except ValueError:
    print("ValueError")
