# instance __dict__ holds the instance attributes
class P:
    cls_attr = 1

    def __init__(self):
        self.a = 1
        self.b = 2

p = P()
print(sorted(p.__dict__.items()))
p.c = 3
print(sorted(p.__dict__.keys()))
print("cls_attr" in p.__dict__)
