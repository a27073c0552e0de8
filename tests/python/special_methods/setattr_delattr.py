# __setattr__ and __delattr__ intercept every assignment and deletion
class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, v):
        self.log.append("set " + name)
        object.__setattr__(self, name, v * 2)

    def __delattr__(self, name):
        self.log.append("del " + name)
        object.__delattr__(self, name)

o = Logged()
o.a = 5
print(o.a)
del o.a
print(hasattr(o, "a"), o.log)
