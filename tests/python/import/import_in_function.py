# an import inside a function binds a local name
def use():
    import _simple
    from _simple import double
    return _simple.VALUE + double(1)

print(use())
try:
    _simple
except NameError:
    print("NameError")
