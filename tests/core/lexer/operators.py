a + b - c * d / e // f % g ** h @ i
a & b | c ^ ~d << f >> g
a < b > c <= d >= e == f != g
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= m
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
x = (y := 5)
def f(a, b) -> int: return a[0], {b: ...}
x.y.z = ...
