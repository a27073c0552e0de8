a, *b, c = d
*a, b = c
[*x] = y
