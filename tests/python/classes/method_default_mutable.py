# methods see the instance they are called on; default arguments are evaluated once
class Log:
    def add(self, v, into=[]):
        into.append(v)
        return into

a = Log()
b = Log()
print(a.add(1), b.add(2), a.add(3, []))
