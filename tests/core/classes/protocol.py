# Classes, instances, special methods, descriptors, subclassing built-ins and the builtins
# programs use most, checked against python3.
class A:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x
    def __repr__(self):
        return "A(" + str(self.x) + ")"
a = A(5)
print(a.get(), a.x, a, [a], str(a))
class B(A):
    def get(self):
        return A.get(self) * 2
print(B(4).get(), B.__name__, B.__mro__ if hasattr(B, '__mro__') else None)
class V:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __eq__(self, o): return self.x == o.x and self.y == o.y
    def __lt__(self, o): return self.x < o.x
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): return iter((self.x, self.y))
    def __str__(self): return "V(%s, %s)" % (self.x, self.y) if False else "V"
    def __hash__(self): return hash((self.x, self.y))
    def __call__(self, k): return k * self.x
    def __contains__(self, v): return v == self.x
v = V(1, 2) + V(3, 4)
print(v.x, v.y, v == V(4, 6), v != V(4, 6), V(1,0) < V(2,0), V(3,0) > V(2,0), len(v), v[1], list(v), bool(v), v(10), 4 in v, 5 in v)
print({v: 1}[V(4, 6)], sorted([V(3,0), V(1,0)])[0].x, max([V(3,0), V(1,0)]).x)
class MyErr(ValueError):
    pass
try:
    raise MyErr("boom")
except ValueError as e:
    print("caught", repr(e), str(e), type(e).__name__, e.args, isinstance(e, Exception))
class P:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x * 10
    @staticmethod
    def s(a): return a + 1
    @classmethod
    def c(cls, a): return cls.__name__ + str(a)
p = P(); p.v = 3
print(p.v, P.s(1), p.s(2), P.c(1), p.c(2))
class ML(list):
    def total(self): return sum(self)
m = ML([1, 2, 3]); m.append(4)
print(m, len(m), m.total(), m[0], isinstance(m, list))
print(getattr(p, 'zz', 'dflt'), hasattr(p, 'v'), hasattr(p, 'q'))
try:
    p.nope
except AttributeError as e:
    print(e)
class G:
    def __getattr__(self, n): return n + "!"
print(G().hello)
print(list(range(3)), range(1, 10, 2), list(range(10)[2:8:3]), len(range(0, 10, 3)), 5 in range(10))
print(list(enumerate("ab")), list(zip([1,2],[3,4])), list(map(lambda x: x*2, [1,2])), list(filter(None, [0,1,2])), list(reversed([1,2,3])))
print(min(3,1,2), max([1,5,2]), min([], default=7), sum([1,2,3]), sum([1,2], 10), any([0,1]), all([1,0]))
print(divmod(7, 2), pow(2, 10), pow(2, 10, 1000), abs(-3), chr(65), ord('A'), hex(255), oct(8), bin(5), round(2.5), round(3.14159, 2))
print(int("42"), int("ff", 16), float("1.5"), str(12), bool([]), list((1,2)), tuple([1,2]), dict(a=1), set([1,1,2]), frozenset([1]))
print(type(1), type("a"), type(None), callable(len), callable(1), id(None) == id(None))
print(", ".join(["a","b"]), "a,b,,c".split(","), " x y ".split(), "  hi ".strip(), "hello".startswith("he"), "hello".find("l"), "hello".replace("l", "L"), "Hi".upper(), "Hi".lower())
d = {"a": 1}
print(d.get("a"), d.get("b", 0), list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d)
s = {1, 2}; s.add(3); s.discard(1)
print(s, s.union([5]), s.intersection({2}), {1,2}.issubset({1,2,3}))
l = [3, 1, 2]; l.sort(); l.insert(0, 9); l.extend((7,)); 
print(l, l.index(2), l.count(9), l.pop(), l.copy())
print(sorted([3,1,2], reverse=True), sorted(["bb","a"], key=len))
