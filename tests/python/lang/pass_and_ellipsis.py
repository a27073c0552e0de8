def nothing():
    pass
class Empty:
    pass
print(nothing())
print(...)
print(Ellipsis is ...)
def stub():
    ...
print(stub())
