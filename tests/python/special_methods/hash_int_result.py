# hash() returns the __hash__ result
class H:
    def __hash__(self):
        return 12345

print(hash(H()))
