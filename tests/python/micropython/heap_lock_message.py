# .exp: the micropython module exists only in MicroPython (python3 has none and prints nothing).
try:
    import micropython
except ImportError:
    micropython = None

if micropython is not None:
    micropython.heap_lock()
    try:
        s = "abc" * 100
    except MemoryError as e:
        micropython.heap_unlock()
        print(type(e).__name__, e.args)
