# __bool__ decides truth, and takes priority over __len__
class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool called")
        return self.v

    def __len__(self):
        return 1

print(bool(Flag(False)))
print("yes" if Flag(True) else "no")
print(not Flag(True))
