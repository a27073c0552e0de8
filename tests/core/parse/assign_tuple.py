a, b = b, a
(a, b), c = x
[a, [b, c]] = y
