def deco(f):
    return f
@deco
def g(x=deco):
    pass
@deco
class K:
    pass
