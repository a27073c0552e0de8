# subclassing dict: items stored natively, extra methods on top
class Registry(dict):
    def register(self, k, v):
        self[k] = v
        return self

r = Registry()
r.register("a", 1).register("b", 2)
print(r["a"], len(r), sorted(r.keys()), "b" in r)
print(isinstance(r, dict))
print(r.get("z", 0))
