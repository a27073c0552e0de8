# user subclasses of built-in exceptions are caught by the base classes
class MyKey(KeyError):
    pass

class MyArith(ZeroDivisionError):
    pass

for exc in (MyKey("k"), MyArith()):
    try:
        raise exc
    except LookupError:
        print("LookupError caught", type(exc).__name__)
    except ArithmeticError:
        print("ArithmeticError caught", type(exc).__name__)
