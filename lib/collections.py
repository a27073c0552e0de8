# collections: namedtuple, OrderedDict and deque, MicroPython's names with CPython's
# results and messages. Frozen Python (core/modules/README.md says why): each is a class
# over a built-in type (tuple, dict, list), so indexing, hashing, comparison and json
# come from the core.

_KEYWORDS = (
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
)


def _check_name(name):
    if not isinstance(name, str):
        raise TypeError("Type names and field names must be strings")
    ok = len(name) > 0 and (name[0].isalpha() or name[0] == "_")
    for c in name:
        if not (c.isalpha() or c.isdigit() or c == "_"):
            ok = False
    if not ok:
        raise ValueError("Type names and field names must be valid identifiers: %r" % name)
    if name in _KEYWORDS:
        raise ValueError("Type names and field names cannot be a keyword: %r" % name)


def namedtuple(typename, field_names):
    if isinstance(field_names, str):
        names = []
        for part in field_names.split(","):
            names.extend(part.split())
        field_names = names
    fields = tuple(field_names)
    _check_name(typename)
    seen = []
    for f in fields:
        _check_name(f)
        if f[0] == "_":
            raise ValueError("Field names cannot start with an underscore: %r" % f)
        if f in seen:
            raise ValueError("Encountered duplicate field name: %r" % f)
        seen.append(f)
    n = len(fields)

    def __new__(cls, *args, **kw):
        if len(args) > n:
            raise TypeError(
                "%s.__new__() takes %d positional arguments but %d were given" % (typename, n + 1, len(args) + 1)
            )
        values = list(args)
        for k in kw:
            if k not in fields:
                raise TypeError("%s.__new__() got an unexpected keyword argument %r" % (typename, k))
            if fields.index(k) < len(args):
                raise TypeError("%s.__new__() got multiple values for argument %r" % (typename, k))
        missing = [f for f in fields[len(args):] if f not in kw]
        if missing:
            names = ["%r" % f for f in missing]
            if len(names) == 1:
                text = names[0]
            elif len(names) == 2:
                text = names[0] + " and " + names[1]
            else:
                text = ", ".join(names[:-1]) + ", and " + names[-1]
            raise TypeError(
                "%s.__new__() missing %d required positional argument%s: %s"
                % (typename, len(missing), "" if len(missing) == 1 else "s", text)
            )
        for f in fields[len(args):]:
            values.append(kw[f])
        return tuple.__new__(cls, values)

    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != n:
            raise TypeError("Expected %d arguments, got %d" % (n, len(values)))
        return tuple.__new__(cls, values)

    def _asdict(self):
        return dict(zip(fields, self))

    def _replace(self, **kw):
        values = [kw.pop(f, v) for f, v in zip(fields, self)]
        if kw:
            raise ValueError("Got unexpected field names: %r" % list(kw))
        return tuple.__new__(type(self), values)

    def __repr__(self):
        return typename + "(" + ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self)) + ")"

    body = {
        "__new__": __new__,
        "__repr__": __repr__,
        "_make": classmethod(_make),
        "_asdict": _asdict,
        "_replace": _replace,
        "_fields": fields,
    }
    for i in range(n):
        body[fields[i]] = property(_item_getter(i))
    return type(typename, (tuple,), body)


def _item_getter(i):
    return lambda self: self[i]


class OrderedDict(dict):
    # Pyxis's dicts keep insertion order: OrderedDict adds what CPython's has on top
    # (popitem(last), move_to_end, order-sensitive ==, its repr).

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for k in iterable:
            d[k] = value
        return d

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        keys = list(self.keys())
        k = keys[-1] if last else keys[0]
        return k, self.pop(k)

    def move_to_end(self, key, last=True):
        v = self.pop(key)
        if last:
            self[key] = v
            return
        rest = list(self.items())
        self.clear()
        self[key] = v
        for k, w in rest:
            self[k] = w

    def copy(self):
        return OrderedDict(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        if not isinstance(other, dict) or len(self) != len(other):
            return False
        for k in self:
            if k not in other or not (self[k] == other[k]):
                return False
        return True

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return "OrderedDict(%r)" % list(self.items())


class deque:
    # A list with a head offset: popleft and appendleft move the offset when they can,
    # and the list is compacted when half of it is dead, so both ends are cheap.

    def __init__(self, iterable=(), maxlen=None, flags=0):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._items = []
        self._head = 0
        self._maxlen = maxlen
        # MicroPython's flags: 1 makes appending to a full deque raise IndexError.
        self._flags = flags
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def _compact(self):
        if self._head > 16 and self._head * 2 > len(self._items):
            del self._items[: self._head]
            self._head = 0

    def append(self, x):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and len(self) >= self._maxlen and self._flags & 1:
            raise IndexError("full")
        self._items.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self._items[self._head] = None
            self._head += 1
            self._compact()

    def appendleft(self, x):
        if self._maxlen == 0:
            return
        if self._maxlen is not None and len(self) >= self._maxlen:
            if self._flags & 1:
                raise IndexError("full")
            self._items.pop()
        if self._head > 0:
            self._head -= 1
            self._items[self._head] = x
        else:
            self._items.insert(0, x)

    def pop(self):
        if not self:
            raise IndexError("pop from an empty deque")
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items = []
            self._head = 0
        return x

    def popleft(self):
        if not self:
            raise IndexError("pop from an empty deque")
        x = self._items[self._head]
        self._items[self._head] = None
        self._head += 1
        if self._head == len(self._items):
            self._items = []
            self._head = 0
        else:
            self._compact()
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._items = []
        self._head = 0

    def _position(self, i):
        if not isinstance(i, int):
            raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._position(i)]

    def __setitem__(self, i, x):
        self._items[self._position(i)] = x

    def __iter__(self):
        items = self._items
        head = self._head
        n = len(items)
        i = head
        while i < n:
            if self._items is not items or self._head != head or len(items) != n:
                raise RuntimeError("deque mutated during iteration")
            yield items[i]
            i += 1

    def __contains__(self, x):
        for y in self:
            if y is x or y == x:
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, deque):
            return False
        return list(self) == list(other)

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % list(self)
        return "deque(%r, maxlen=%d)" % (list(self), self._maxlen)
