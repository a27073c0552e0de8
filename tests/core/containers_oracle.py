# The oracle for tests/core/programs/containers.ts: the same command language, run by
# python3. Lists and dicts are Python's own. Sets are modelled in Pyxis's documented order
# (insertion order; see core/objects/set.ts) by OSet, and every set result is checked
# against a real Python set computed from the same operands (a mismatch stops the oracle).
import ast
import operator
import sys


class OSet:
    def __init__(self, items=()):
        self.d = {}
        for x in items:
            self.d.setdefault(x, None)

    def __iter__(self):
        return iter(list(self.d))

    def __len__(self):
        return len(self.d)

    def __contains__(self, x):
        return x in self.d

    def __repr__(self):
        name = type(self).__name__
        if not self.d:
            return name + "()"
        body = "{" + ", ".join(repr(x) for x in self.d) + "}"
        return body if name == "set" else name + "(" + body + ")"

    def real(self):
        return set(self.d)

    def new(self, items):
        return type(self)(items)

    # Mutators (set only).
    def add(self, x):
        self.d.setdefault(x, None)

    def discard(self, x):
        self.d.pop(x, None)

    def remove(self, x):
        if x not in self.d:
            raise KeyError(x)
        del self.d[x]

    def pop(self):
        if not self.d:
            raise KeyError("pop from an empty set")
        return self.d.popitem()[0]

    def clear(self):
        self.d.clear()

    def copy(self):
        return self.new(self.d)

    def update(self, other):
        for x in items_of(other):
            self.add(x)

    def union(self, other):
        r = self.copy()
        r.update(other)
        check(r, self.real() | set(items_of(other)))
        return r

    def intersection(self, other):
        o = set(items_of(other))
        r = self.new(x for x in self.d if x in o)
        check(r, self.real() & o)
        return r

    def difference(self, other):
        o = set(items_of(other))
        r = self.new(x for x in self.d if x not in o)
        check(r, self.real() - o)
        return r

    def symmetric_difference(self, other):
        o = OSet(items_of(other))
        r = self.new([x for x in self.d if x not in o.d] + [x for x in o.d if x not in self.d])
        check(r, self.real() ^ o.real())
        return r

    def intersection_update(self, other):
        want = self.real() & set(items_of(other))
        o = set(items_of(other))
        for x in list(self.d):
            if x not in o:
                del self.d[x]
        check(self, want)

    def difference_update(self, other):
        want = self.real() - set(items_of(other))
        o = set(items_of(other))
        for x in list(self.d):
            if x in o:
                del self.d[x]
        check(self, want)

    def symmetric_difference_update(self, other):
        want = self.real() ^ set(items_of(other))
        o = OSet(items_of(other))
        added = [x for x in o.d if x not in self.d]
        for x in list(self.d):
            if x in o.d:
                del self.d[x]
        for x in added:
            self.add(x)
        check(self, want)

    def issubset(self, other):
        return self.real() <= set(items_of(other))

    def issuperset(self, other):
        return self.real() >= set(items_of(other))

    def isdisjoint(self, other):
        return self.real().isdisjoint(set(items_of(other)))


class PSet(OSet):
    pass


class PFrozenSet(OSet):
    pass


# Error messages name the type: make them say set and frozenset.
PSet.__name__ = "set"
PFrozenSet.__name__ = "frozenset"


def check(r, want):
    if r.real() != want:
        sys.exit(f"oracle: set result {r!r} is not {want!r}")


def items_of(o):
    if isinstance(o, (list, tuple, dict, OSet)):
        return list(o)
    raise TypeError(f"'{type(o).__name__}' object is not iterable")


variables = {}
tokens = []


def is_var(t):
    return len(t) == 2 and t[0].isupper() and t[1].isdigit()


def val(t):
    if is_var(t):
        return variables.get(t)
    return ast.literal_eval(t)


COMPARE = {"lt": operator.lt, "le": operator.le, "gt": operator.gt, "ge": operator.ge, "eq": operator.eq, "ne": operator.ne}


def set_op(x, name, y):
    if not isinstance(y, OSet):
        return -1
    mutable = isinstance(x, PSet)
    base = name[1:] if name.startswith("i") else name
    fn = {"or": "union", "and": "intersection", "sub": "difference", "xor": "symmetric_difference"}[base]
    if name.startswith("i") and mutable:
        getattr(x, fn + "_update" if fn != "union" else "update")(y)
        return x
    return getattr(x, fn)(y)


def set_cmp(x, op, y):
    if not isinstance(y, OSet):
        if op in ("eq", "ne"):
            return (x is y) == (op == "eq")
        sym = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}[op]
        raise TypeError(f"'{sym}' not supported between instances of '{type(x).__name__}' and '{type(y).__name__}'")
    return COMPARE[op](x.real(), y.real())


def run(cmd, a):
    V = variables
    if cmd == "list":
        V[a[0]] = list(items_of(val(a[1]))) if len(a) > 1 else []
        return V[a[0]]
    if cmd == "dict":
        V[a[0]] = {}
        return V[a[0]]
    if cmd in ("set", "frozenset"):
        cls = PSet if cmd == "set" else PFrozenSet
        V[a[0]] = cls(items_of(val(a[1]))) if len(a) > 1 else cls()
        return V[a[0]]
    if cmd == "check":
        return True
    if cmd == "len":
        return len(V[a[0]])
    x = V.get(a[0])
    if cmd == "set.op": return set_op(x, a[1], val(a[2]))
    if cmd == "set.cmp": return set_cmp(x, a[1], val(a[2]))
    if cmd == "list.cmp":
        y = val(a[2])
        if isinstance(y, OSet) and a[1] not in ("eq", "ne"):
            sym = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}[a[1]]
            raise TypeError(f"'{sym}' not supported between instances of 'list' and '{type(y).__name__}'")
        return COMPARE[a[1]](x, y)
    args = [val(t) for t in a[1:]]
    if cmd == "list.append": x.append(args[0]); return None
    if cmd == "list.extend": x.extend(items_of(args[0])); return None
    if cmd == "list.insert": x.insert(args[0], args[1]); return None
    if cmd == "list.pop": return x.pop(*args)
    if cmd == "list.remove": x.remove(args[0]); return None
    if cmd == "list.index": return x.index(*args)
    if cmd == "list.count": return x.count(args[0])
    if cmd == "list.reverse": x.reverse(); return None
    if cmd == "list.clear": x.clear(); return None
    if cmd == "list.copy": V[a[1]] = x.copy(); return V[a[1]]
    if cmd == "list.get": return x[args[0]]
    if cmd == "list.set": x[args[0]] = args[1]; return None
    if cmd == "list.del": del x[args[0]]; return None
    if cmd == "slice.get": return x[args[0]:args[1]:args[2]]
    if cmd == "slice.set":
        src = list(args[3]) if isinstance(args[3], OSet) else args[3]
        x[args[0]:args[1]:args[2]] = src
        return None
    if cmd == "slice.del": del x[args[0]:args[1]:args[2]]; return None
    if cmd == "list.add":
        y = args[0]
        if isinstance(y, OSet):
            raise TypeError(f'can only concatenate list (not "{type(y).__name__}") to list')
        V[a[2]] = x + y
        return V[a[2]]
    if cmd == "list.mul": V[a[2]] = x * args[0]; return V[a[2]]
    if cmd == "list.iadd": x += items_of(args[0]); return x
    if cmd == "list.imul":
        x *= args[0]
        return x
    if cmd == "list.cmp":
        y = val(a[2])
        if isinstance(y, OSet) and a[1] not in ("eq", "ne"):
            sym = {"lt": "<", "le": "<=", "gt": ">", "ge": ">="}[a[1]]
            raise TypeError(f"'{sym}' not supported between instances of 'list' and '{type(y).__name__}'")
        return COMPARE[a[1]](x, y)
    if cmd == "list.in": return args[0] in x
    if cmd == "list.sort":
        x.sort(reverse=len(a) > 1 and a[1] == "1")
        return None
    if cmd == "list.sortkey":
        m = args[0] if args[0] > 0 else 1
        keys = iter([(i * 7) % m for i in range(len(x))])
        x.sort(key=lambda _: next(keys), reverse=len(a) > 2 and a[2] == "1")
        return None
    if cmd == "dict.set": x[args[0]] = args[1]; return None
    if cmd == "dict.get": return x[args[0]]
    if cmd == "dict.del": del x[args[0]]; return None
    if cmd == "dict.in": return args[0] in x
    if cmd == "dict.pop": return x.pop(*args)
    if cmd == "dict.popitem": return x.popitem()
    if cmd == "dict.setdefault": return x.setdefault(args[0], args[1])
    if cmd == "dict.update":
        src = args[0]
        if not isinstance(src, (list, tuple, dict, OSet)):
            items_of(src)
        x.update(src if isinstance(src, dict) else list(src))
        return None
    if cmd == "dict.clear": x.clear(); return None
    if cmd == "dict.copy": V[a[1]] = x.copy(); return V[a[1]]
    if cmd == "dict.fromkeys": V[a[0]] = dict.fromkeys(items_of(val(a[1])), val(a[2])); return V[a[0]]
    if cmd == "dict.eq": return isinstance(args[0], dict) and x == args[0]
    if cmd == "dict.keys": return list(x.keys())
    if cmd == "dict.values": return list(x.values())
    if cmd == "dict.items": return list(x.items())
    if cmd == "set.in": return args[0] in x.d
    if cmd == "set.copy": V[a[1]] = x.copy(); return V[a[1]]
    if cmd in ("set.union", "set.intersection", "set.difference", "set.symmetric_difference"):
        V[a[2]] = getattr(x, cmd[4:])(args[0])
        return V[a[2]]
    if cmd == "set.op": return set_op(x, a[1], val(a[2]))
    if cmd == "set.cmp": return set_cmp(x, a[1], val(a[2]))
    if cmd.startswith("set."):
        name = cmd[4:]
        if name in ("add", "discard", "remove", "contains") or name.endswith("update"):
            if isinstance(x, PFrozenSet) and name != "contains":
                sys.exit("oracle: mutating a frozenset")
            for t in args:
                hash(t) if not name.endswith("update") else None
        r = getattr(x, name)(*args)
        return r
    sys.exit("oracle: unknown command " + cmd)


for line in sys.stdin.read().splitlines():
    parts = line.split()
    if not parts or parts[0] in ("stress", "heap"):
        continue
    cmd, a = parts[0], parts[1:]
    try:
        r = run(cmd, a)
        out = repr(r)
    except Exception as e:
        name = type(e).__name__
        out = name + ": " + str(e) if len(e.args) == 1 else name
    if a and is_var(a[0]) and variables.get(a[0]) is not None:
        out += " | " + repr(variables[a[0]])
    print(out)
