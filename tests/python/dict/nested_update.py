# dicts of dicts and sorting items by value
scores = {"ann": {"math": 90}, "bob": {"math": 70}}
scores["bob"]["art"] = 85
scores.setdefault("cat", {})["math"] = 80
print(scores)
by_math = sorted(scores.items(), key=lambda kv: kv[1]["math"], reverse=True)
print([name for name, _ in by_math])
