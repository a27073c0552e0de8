for exc in [ZeroDivisionError, KeyError, IndexError, StopIteration, OverflowError, NameError]:
    names = [b.__name__ for b in (ArithmeticError, LookupError, Exception, BaseException) if issubclass(exc, b)]
    print(exc.__name__, names)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
