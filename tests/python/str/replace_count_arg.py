# replace with count, empty old strings, and overlapping matches
s = "aaa bbb aaa"
print(s.replace("a", "x"), s.replace("a", "x", 2), s.replace("a", "x", 0), s.replace("a", "x", -1))
print(s.replace("aaa", ""), s.replace("", "-"), s.replace("", "-", 3), "".replace("", "x"), "".replace("a", "b"))
print("aaaa".replace("aa", "b"), "abab".replace("ab", "abab"), "日本日".replace("日", "月", 1))
try:
    s.replace("a", 1)
except TypeError:
    print("TypeError")
