def make_class(greeting):
    class Greeter:
        def greet(self, name):
            return greeting + ", " + name
    return Greeter
print(make_class("hello")().greet("ann"))
print(make_class("bye")().greet("bob"))
