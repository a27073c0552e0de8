# __contains__ drives `in` and `not in`
class Evens:
    def __contains__(self, v):
        return v % 2 == 0

e = Evens()
print(4 in e, 5 in e, 5 not in e)
