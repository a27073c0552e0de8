# find, rfind, index, rindex, count
s = "hello world, hello"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("zzz"), s.find("o", 5, 8))
print(s.index("world"), s.rindex("o"), s.count("l"), s.count("hello"))
try:
    s.index("zzz")
except ValueError:
    print("ValueError")
print("aé€b".find("€"), "aé€b".index("b"))
