vals = [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, None, True, False, range(0), range(1)]
print([bool(v) for v in vals])
class Falsy:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
print(bool(Falsy()), bool(Empty()), bool(object()))
if not Falsy():
    print("falsy works in if")
