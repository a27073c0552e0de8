# __name__ of classes; type() of instances
class Foo:
    pass

f = Foo()
print(Foo.__name__)
print(type(f).__name__)
print(type(f) is Foo)
print(f.__class__ is Foo)
print(type(Foo).__name__)
