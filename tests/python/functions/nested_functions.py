def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner(y * 10)
    return middle(x * 10)
print(outer(1))
def apply_twice(f, v):
    return f(f(v))
print(apply_twice(lambda s: s + "!", "hey"))
