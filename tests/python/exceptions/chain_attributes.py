# __cause__, __context__ and __suppress_context__ as raise/except set them.
def show(e):
    cause = type(e.__cause__).__name__ if e.__cause__ is not None else None
    context = type(e.__context__).__name__ if e.__context__ is not None else None
    print(type(e).__name__, cause, context, e.__suppress_context__)

try:
    raise ValueError("plain")
except ValueError as e:
    show(e)

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
except KeyError as e:
    show(e)

try:
    try:
        [][1]
    except IndexError:
        raise TypeError("t") from None
except TypeError as e:
    show(e)

try:
    raise RuntimeError from OSError
except RuntimeError as e:
    show(e)

def fails():
    raise AttributeError("in a call")

try:
    try:
        {}["missing"]
    except KeyError:
        fails()
except AttributeError as e:
    show(e)

try:
    try:
        raise ValueError("first")
    finally:
        raise IndexError("from finally")
except IndexError as e:
    show(e)

# Re-raising the handled exception does not chain it to itself.
try:
    try:
        raise ValueError("again")
    except ValueError:
        raise
except ValueError as e:
    show(e)

# A handled exception raised again inside its own handler chain does not loop.
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError:
            raise a
except ValueError as e:
    show(e)
    show(e.__context__)

try:
    raise ValueError from 5
except TypeError as e:
    print("bad cause:", type(e).__name__)

def gen():
    try:
        yield 1
    except KeyError:
        raise ValueError("in generator")
g = gen()
next(g)
try:
    g.throw(KeyError("thrown"))
except ValueError as e:
    show(e)
