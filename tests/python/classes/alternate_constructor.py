# classmethod used as an alternate constructor
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, text):
        y, m, d = text.split("-")
        return cls(int(y), int(m), int(d))

    def show(self):
        return "%04d/%02d/%02d" % (self.y, self.m, self.d)

print(Date.parse("2024-3-9").show())
