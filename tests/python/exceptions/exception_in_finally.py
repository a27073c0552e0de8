try:
    try:
        raise KeyError
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print("caught", e)
except KeyError:
    print("wrong")
