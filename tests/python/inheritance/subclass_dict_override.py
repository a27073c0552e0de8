# overriding __getitem__ in a dict subclass (called for subscription)
class Default(dict):
    def __getitem__(self, k):
        if k in self:
            return super().__getitem__(k)
        return "default"

d = Default(x=1)
print(d["x"], d["y"])
