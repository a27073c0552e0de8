# except with a tuple of types
for v in (0, "x", None):
    try:
        if v == 0:
            1 / v
        elif v == "x":
            int(v)
        else:
            v.attr
    except (ZeroDivisionError, ValueError) as e:
        print("arith/value", type(e).__name__)
    except (AttributeError,) as e:
        print("attr", type(e).__name__)
