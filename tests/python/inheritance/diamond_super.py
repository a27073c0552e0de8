# cooperative super() calls visit every class of a diamond once
class A:
    def go(self, out):
        out.append("A")

class B(A):
    def go(self, out):
        out.append("B")
        super().go(out)

class C(A):
    def go(self, out):
        out.append("C")
        super().go(out)

class D(B, C):
    def go(self, out):
        out.append("D")
        super().go(out)

out = []
D().go(out)
print(out)
