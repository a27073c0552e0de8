# true division of big ints gives the nearest float
print(10 ** 30 / 10 ** 28, (2 ** 64) / 2, 7 / 2 ** 3)
try:
    10 ** 30 // 0
except ZeroDivisionError:
    print("ZeroDivisionError")
