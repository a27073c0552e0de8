# Exception handling in the frame: handlers, else, finally, re-raise, and returns,
# breaks and continues that pass through finally blocks.

def risky(n):
    if n == 0:
        raise ValueError("zero")
    if n == 1:
        raise KeyError("one")
    return n

for n in range(3):
    try:
        print("got", risky(n))
    except ValueError as e:
        print("ValueError", e)
    except (KeyError, IndexError) as e:
        print("lookup", repr(e))
    else:
        print("else")
    finally:
        print("finally", n)

def reraise():
    try:
        risky(0)
    except ValueError:
        print("handling")
        raise

try:
    reraise()
except ValueError as e:
    print("outer caught", e)

def from_cause():
    try:
        risky(1)
    except KeyError as e:
        raise RuntimeError("wrapped") from e

try:
    from_cause()
except RuntimeError as e:
    print("cause", e)

def finally_return():
    try:
        return "try"
    finally:
        print("finally runs")

print(finally_return())

def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

print(finally_overrides())

def loop_control():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out

print(loop_control())

def nested():
    try:
        try:
            raise IndexError("inner")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer except", e)
        return "done"
    finally:
        print("outer finally")

print(nested())

def in_handler():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as e:
            print("inner", e)
        print("back in first handler")

in_handler()

try:
    raise ZeroDivisionError
except ArithmeticError as e:
    print("base class matched", type(e) is ZeroDivisionError)

try:
    try:
        raise ValueError("x")
    except TypeError:
        print("wrong")
except Exception as e:
    print("fell through", e)

try:
    undefined_name
except NameError as e:
    print(e)

def unbound():
    try:
        print(later)
    except NameError:
        print("unbound local")
    later = 1

unbound()

try:
    raise 5
except TypeError as e:
    print(e)

try:
    raise
except RuntimeError as e:
    print(e)
