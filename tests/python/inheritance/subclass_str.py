# subclassing str
class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("bob")
print(n.shout(), len(n), n + "x", isinstance(n, str))
