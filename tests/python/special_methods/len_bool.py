# __len__ drives len() and truth when __bool__ is absent
class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

print(len(Sized(3)), bool(Sized(0)), bool(Sized(2)))
if not Sized(0):
    print("empty is falsy")
