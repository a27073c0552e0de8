@a
def f(): pass
@a.b(c)
@d
def g(): pass
@x[0]
class C: pass
@(lambda f: f)
def h(): pass
