a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = range(5)
print(a, b)
a, *b, c = "hello"
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
*a, = [7, 8]
print(a)
