# __setattr__ raising makes an object immutable
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, v):
        raise AttributeError("frozen")

f = Frozen(3)
try:
    f.v = 4
except AttributeError:
    print("AttributeError")
print(f.v)
