class C:
    factor = 3
    try:
        out = [factor * i for i in range(3)]
    except NameError:
        out = "NameError"
print(C.out)
class D:
    items = [1, 2, 3]
    first_iter_ok = [i for i in items]
print(D.first_iter_ok)
