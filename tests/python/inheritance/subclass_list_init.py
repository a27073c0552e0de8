# a list subclass whose __init__ forwards to list's
class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name

n = Named("xs", [3, 1, 2])
n.sort()
print(n.name, list(n), n[0], len(n))
