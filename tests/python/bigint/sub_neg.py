# subtraction crossing zero and negative big ints
big = 10 ** 30
print(big - (big + 1), -big, -big - 1, abs(-big))
print(big - big, (big - big) == 0, type(big - big).__name__)
print(-big * -big == big * big)
