log = []
class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        log.append("enter " + self.name)
    def __exit__(self, t, v, tb):
        log.append("exit %s %s" % (self.name, t.__name__ if t else "-"))
        return self.swallow
with CM("outer", swallow=True):
    with CM("inner"):
        raise KeyError
print(log)
