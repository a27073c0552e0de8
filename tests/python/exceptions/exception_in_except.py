try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__)
