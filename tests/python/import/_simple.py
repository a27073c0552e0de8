# support module: a constant, a function, a class
VALUE = 42


def double(n):
    return n * 2


class Greeter:
    def greet(self, who):
        return "hello " + who
