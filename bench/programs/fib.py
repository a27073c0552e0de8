# Recursive Fibonacci: function calls, small-int arithmetic and comparisons.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for i in range(3):
    total += fib(22 + i)
print("fib", total)
