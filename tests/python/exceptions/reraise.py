def f():
    try:
        raise KeyError("orig")
    except KeyError:
        print("handling")
        raise
try:
    f()
except KeyError as e:
    print("reraised", e)
try:
    try:
        raise IndexError(3)
    except IndexError as e:
        raise e
except IndexError as e:
    print("explicit", e.args)
