# callable() on functions, classes, methods, builtins, instances
class WithCall:
    def __call__(self):
        return 1

class Without:
    pass

def f():
    pass

print(callable(f), callable(lambda: 0), callable(len), callable(int), callable(WithCall()), callable(Without()), callable("s"), callable([].append), callable(None))
