class E(Exception):
    def __str__(self):
        return "custom text"
try:
    raise E(1, 2)
except E as e:
    print(str(e), e.args)
class Plain(Exception):
    pass
print(str(Plain()), str(Plain("a")), str(Plain("a", "b")))
print(repr(Plain("a")), repr(ValueError(1, 2)))
