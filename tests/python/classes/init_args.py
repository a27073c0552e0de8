# __init__ with defaults, keyword and star arguments
class Rec:
    def __init__(self, name, age=30, *tags, **extra):
        self.name = name
        self.age = age
        self.tags = tags
        self.extra = extra

r = Rec("a")
print(r.name, r.age, r.tags, r.extra)
r = Rec("b", 5, "t1", "t2", k=1)
print(r.name, r.age, r.tags, r.extra)
r = Rec(age=9, name="c")
print(r.name, r.age)
