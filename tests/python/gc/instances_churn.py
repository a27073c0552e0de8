# instances with attribute dicts created and dropped
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.tag = "p" + str(x)

s = 0
for i in range(4000):
    p = P(i, -i)
    s += p.x + p.y + len(p.tag)
print(s)
