d = {}
try:
    del d["missing"]
except KeyError:
    print("KeyError")
l = []
try:
    del l[0]
except IndexError:
    print("IndexError")
class C:
    pass
try:
    del C().nothing
except AttributeError:
    print("AttributeError")
try:
    del undefined_name
except NameError:
    print("NameError")
