class E(Exception):
    def __init__(self, a):
        super().__init__("E:" + str(a))
        self.a = a
try:
    raise E(3)
except E as e:
    print(e.a, e.args[0])
    e.extra = "x"
    print(e.extra)
