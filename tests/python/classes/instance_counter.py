# a class attribute updated through the class counts instances
class Tracked:
    created = 0

    def __init__(self):
        Tracked.created += 1
        self.serial = Tracked.created

items = [Tracked() for _ in range(4)]
print(Tracked.created, [t.serial for t in items], items[0].created)
