try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(e, type(e.__cause__).__name__)
try:
    raise TypeError("t") from None
except TypeError as e:
    print(e.__cause__)
