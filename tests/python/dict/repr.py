# repr of dicts with nested values
print({"a": [1, {"b": (2,)}], 1: None, "q": "it's"})
print(str({}), repr({1: {}}))
