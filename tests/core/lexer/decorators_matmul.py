@decorator
@module.attr(arg)
def f(x: int = 1, *args, y: "str" = None, **kw) -> None:
    return x @ y

m @= n
if (n := len(a)) > 10:
    pass
