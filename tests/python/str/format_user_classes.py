# __format__ on user classes, object.__format__, subclasses of int and str
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
class Plain:
    def __str__(self):
        return "plain"
class Bad:
    def __format__(self, spec):
        return 5
class MyInt(int):
    pass
class MyStr(str):
    pass
print(format(Money(3)), "{:>8.1f}".format(Money(2.25)), f"{Money(1):.0f}", format(Plain()), "{}".format(Plain()))
print(format(MyInt(255), "x"), "{:>5}".format(MyStr("ab")), f"{MyInt(7):03}", "{!r}".format(Plain())[:7])
for v, spec in [(Plain(), "x"), (Bad(), "")]:
    try:
        print(format(v, spec))
    except TypeError as e:
        print("TypeError", e)
print(object().__format__("")[:8], Plain().__format__(""))
