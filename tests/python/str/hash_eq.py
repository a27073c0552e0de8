# equal strings hash equal and work as dict keys
a = "hel" + "lo"
print(a == "hello", hash(a) == hash("hello"), {a: 1}["hello"])
print("€" == "\u20ac", "é" == "e\u0301")
