# the built-in exception hierarchy
pairs = [
    (Exception, BaseException), (ArithmeticError, Exception), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (LookupError, Exception), (KeyError, LookupError),
    (IndexError, LookupError), (ValueError, Exception), (UnicodeError, ValueError),
    (TypeError, Exception), (AttributeError, Exception), (NameError, Exception),
    (RuntimeError, Exception), (NotImplementedError, RuntimeError), (StopIteration, Exception),
    (OSError, Exception), (ImportError, Exception), (MemoryError, Exception), (AssertionError, Exception),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException), (GeneratorExit, BaseException),
    (EOFError, Exception), (SyntaxError, Exception), (IndentationError, SyntaxError),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(KeyError, IndexError))
