# find/rfind/index/rindex/count with start and end, negatives, empty needles
s = "abracadabra"
for sub in ("a", "abra", "ra", "", "z", "cad"):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), s.find(sub, 3), s.rfind(sub, 0, 8), s.count(sub, 1, -1))
print(s.find("a", -3), s.rfind("a", -5, -1), s.count("a", -4), s.find("", 11), s.find("", 12), s.rfind("", 5))
print(s.index("c"), s.rindex("a"), s.index("a", 1), s.rindex("b", 0, 5), s.count(""), "".count(""))
print(s.find("a", 100), s.count("a", 5, 2), s.find("a", None, None), s.count("a", None, 4))
print("aaaa".count("aa"), "ééé".find("é", 1), "ééé".rfind("é"), "日本語日本".index("本", 2))
for f, a in [(s.index, ("z",)), (s.rindex, ("z",)), (s.index, ("a", 11)), (s.find, (1,))]:
    try:
        f(*a)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
