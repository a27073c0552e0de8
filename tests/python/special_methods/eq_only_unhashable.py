# defining __eq__ without __hash__ makes instances unhashable
class E:
    def __eq__(self, o):
        return True

try:
    hash(E())
    print("hashable")
except TypeError:
    print("TypeError")
print(E() == 5)
