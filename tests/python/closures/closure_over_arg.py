def mult(n):
    def by(x):
        return x * n
    return by
dbl, tpl = mult(2), mult(3)
print(dbl(5), tpl(5), mult("ab")(2))
