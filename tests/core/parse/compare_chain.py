a < b <= c > d >= e == f != g
a is b
a is not b
a in b
a not in b
