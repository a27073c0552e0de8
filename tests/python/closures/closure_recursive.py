def outer():
    def fact(n):
        return 1 if n == 0 else n * fact(n - 1)
    return fact
print(outer()(6))
def memo():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib
print(memo()(60))
