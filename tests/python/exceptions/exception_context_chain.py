try:
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError:
            raise KeyError("c")
except KeyError as e:
    c = e
    chain = []
    while c is not None:
        chain.append(type(c).__name__)
        c = c.__context__
    print(chain)
