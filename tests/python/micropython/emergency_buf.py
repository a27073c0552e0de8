# .exp: the micropython module exists only in MicroPython (python3 has none and prints nothing).
try:
    import micropython
except ImportError:
    micropython = None

if micropython is not None:
    print(micropython.alloc_emergency_exception_buf(100))
    try:
        raise ValueError("after")
    except ValueError as e:
        print(type(e).__name__, e.args)
